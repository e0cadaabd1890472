using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    public override async Task<ListEventTypesResponse> ListEventTypes(ListEventTypesRequest request, ServerCallContext context)
    {
        var response = new ListEventTypesResponse();
        response.EventTypes.Add(await eventTypes.ListAsync(request.IncludeInactive, context.CancellationToken));
        return response;
    }

    public override async Task<EventType> GetEventType(GetEventTypeRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.IdOrCode)) throw new ValidationException("id_or_code", "An event type id or code is required.");
        return await eventTypes.FindAsync(request.IdOrCode, context.CancellationToken)
            ?? throw new NotFoundException($"Event type '{request.IdOrCode}' does not exist.");
    }
}

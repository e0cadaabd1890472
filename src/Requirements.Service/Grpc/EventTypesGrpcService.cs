using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: the event types.</summary>
public sealed class EventTypesGrpcService(EventTypeRepository eventTypes) : RequirementsService.RequirementsServiceBase
{
    public override async Task<ListEventTypesResponse> ListEventTypes(ListEventTypesRequest request, ServerCallContext context)
    {
        var response = new ListEventTypesResponse();
        response.EventTypes.Add((await eventTypes.ListAsync(request.IncludeInactive, context.CancellationToken)).Select(t => t.ToMessage()));
        return response;
    }
}

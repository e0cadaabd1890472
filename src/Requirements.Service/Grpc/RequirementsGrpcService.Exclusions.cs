using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    private const int MaxReasonLength = 1000;

    /// <summary>Admin only. Adds an exclusion, or replaces the reason of an existing one.</summary>
    public override async Task<Exclusion> SetExclusion(SetExclusionRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        var type = await EventTypeOrViolationAsync(request.EventType, "event_type", validation, context.CancellationToken);
        var reason = validation.Name(request.Reason, "reason", MaxReasonLength);
        validation.ThrowIfInvalid();
        var client = await VisibleClientAsync(request.ClientName, "client_name", caller, context.CancellationToken);
        return (await exclusions.SetAsync(client.Name, type!.Id, reason, caller.Name, context.CancellationToken)).ToMessage();
    }

    /// <summary>Admin only. removed = false when there was no such exclusion.</summary>
    public override async Task<RemoveExclusionResponse> RemoveExclusion(RemoveExclusionRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        var type = await EventTypeOrViolationAsync(request.EventType, "event_type", validation, context.CancellationToken);
        validation.ThrowIfInvalid();
        var client = await VisibleClientAsync(request.ClientName, "client_name", caller, context.CancellationToken);
        return new RemoveExclusionResponse { Removed = await exclusions.RemoveAsync(client.Name, type!.Id, context.CancellationToken) };
    }

    public override async Task<ListExclusionsResponse> ListExclusions(ListExclusionsRequest request, ServerCallContext context)
    {
        var client = await VisibleClientAsync(request.ClientName, "client_name", CallerOf(context), context.CancellationToken);
        var response = new ListExclusionsResponse();
        response.Exclusions.Add((await exclusions.ListAsync(client.Name, context.CancellationToken)).Select(x => x.ToMessage()));
        return response;
    }
}

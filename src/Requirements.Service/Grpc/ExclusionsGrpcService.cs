using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: event types excluded from one client's assessment.</summary>
public sealed class ExclusionsGrpcService(ExclusionRepository exclusions, ClientRepository clients, EventTypeRepository eventTypes)
    : RequirementsService.RequirementsServiceBase
{
    private const int MaxReasonLength = 1000;

    /// <summary>Adds an exclusion, or replaces the reason of an existing one.</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Exclusion> SetExclusion(SetExclusionRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        var type = await validation.EventTypeAsync(eventTypes, request.EventType, "event_type", context.CancellationToken);
        var reason = validation.Name(request.Reason, "reason", MaxReasonLength);
        validation.ThrowIfInvalid();
        var client = await clients.VisibleAsync(request.ClientName, "client_name", caller, context.CancellationToken);
        return (await exclusions.SetAsync(client.Name, type!.Id, reason, caller.Name, context.CancellationToken)).ToMessage();
    }

    /// <summary>removed = false when there was no such exclusion.</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<RemoveExclusionResponse> RemoveExclusion(RemoveExclusionRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        var type = await validation.EventTypeAsync(eventTypes, request.EventType, "event_type", context.CancellationToken);
        validation.ThrowIfInvalid();
        var client = await clients.VisibleAsync(request.ClientName, "client_name", context.Caller(), context.CancellationToken);
        return new RemoveExclusionResponse { Removed = await exclusions.RemoveAsync(client.Name, type!.Id, context.CancellationToken) };
    }

    public override async Task<ListExclusionsResponse> ListExclusions(ListExclusionsRequest request, ServerCallContext context)
    {
        var client = await clients.VisibleAsync(request.ClientName, "client_name", context.Caller(), context.CancellationToken);
        var response = new ListExclusionsResponse();
        response.Exclusions.Add((await exclusions.ListAsync(client.Name, context.CancellationToken)).Select(x => x.ToMessage()));
        return response;
    }
}

using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: the requirement matrix (segment × event type) and its audit.</summary>
public sealed class MatrixGrpcService(RequirementRepository requirements, EventTypeRepository eventTypes) : RequirementsService.RequirementsServiceBase
{
    private const int MaxRequiredCount = 365;

    /// <summary>Zero-count cells are "not required" and hidden from users (SPEC §3); only admins, who edit
    /// them, may ask for them (include_zero), and a CSE asking is PERMISSION_DENIED rather than silently ignored.</summary>
    public override async Task<ListRequirementsResponse> ListRequirements(ListRequirementsRequest request, ServerCallContext context)
    {
        if (request.IncludeZero && !context.Caller().IsAdmin)
            throw new PermissionDeniedException("Only an admin may list the requirement cells that are not required (include_zero).");
        var validation = new Validation();
        var segment = validation.OptionalSegment(request.Segment);
        validation.ThrowIfInvalid();
        var response = new ListRequirementsResponse();
        response.Requirements.Add((await requirements.ListAsync(segment, request.IncludeZero, context.CancellationToken)).Select(r => r.ToMessage()));
        return response;
    }

    /// <summary>The change and its audit row commit together or not at all.</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Requirement> UpdateRequirement(UpdateRequirementRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var segment = validation.Segment(request.Segment);
        var type = await validation.EventTypeAsync(eventTypes, request.EventType, "event_type", context.CancellationToken);
        validation.Require(request.RequiredCountPerYear is >= 0 and <= MaxRequiredCount, "required_count_per_year",
            $"A count from 0 to {MaxRequiredCount} is required.");
        var priority = PriorityLevels.Normalize(request.PriorityLevel);
        validation.Require(priority is not null, "priority_level", $"One of {string.Join(", ", PriorityLevels.All)} is required.");
        validation.ThrowIfInvalid();

        // The audit names the verified caller; a request cannot say who made the change.
        var cell = await requirements.UpdateAsync(segment!, type!.Id, request.RequiredCountPerYear, priority!, context.Caller().Name,
                context.CancellationToken)
            ?? throw new NotFoundException($"No requirement for {segment} and {type.Code}.");
        return cell.ToMessage();
    }

    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<ListRequirementHistoryResponse> ListRequirementHistory(ListRequirementHistoryRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        var segment = validation.OptionalSegment(request.Segment);
        var type = string.IsNullOrWhiteSpace(request.EventType)
            ? null
            : await validation.EventTypeAsync(eventTypes, request.EventType, "event_type", context.CancellationToken);
        validation.ThrowIfInvalid();
        var response = new ListRequirementHistoryResponse();
        response.Entries.Add((await requirements.HistoryAsync(segment, type?.Id, context.CancellationToken)).Select(a => a.ToMessage()));
        return response;
    }
}

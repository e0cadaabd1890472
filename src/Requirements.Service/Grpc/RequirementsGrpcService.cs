using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Requirements.Grpc;

/// <summary>The gRPC face of Requirements.Service; each RPC validates, checks access, then delegates
/// to a repository or a domain rule. One partial file per area.</summary>
public sealed partial class RequirementsGrpcService(
    EventTypeRepository eventTypes,
    ClientRepository clients,
    ClientWriter clientWriter,
    SegmentRepository segments,
    RequirementRepository requirements,
    SegmentHistoryRepository segmentHistory,
    ExclusionRepository exclusions,
    AssessmentInputsRepository assessmentInputs,
    BusinessClock clock,
    PageTokenCodec pageTokens) : RequirementsService.RequirementsServiceBase
{
    private static Caller CallerOf(ServerCallContext context) => Caller.From(context.GetHttpContext().User);

    /// <summary>Reference-data writes are for admins (and internal services) only.</summary>
    private static Caller RequireAdmin(ServerCallContext context)
    {
        var caller = CallerOf(context);
        return caller.IsAdmin ? caller : throw new PermissionDeniedException("Only an admin may change reference data.");
    }

    /// <summary>The canonical client for a name or alias; another CSE's client is NOT_FOUND exactly as
    /// if it did not exist.</summary>
    private async Task<ClientRow> VisibleClientAsync(string nameOrAlias, string field, Caller caller, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nameOrAlias)) throw new ValidationException(field, "A client name is required.");
        var client = await clients.FindAsync(nameOrAlias, ct);
        return client is not null && caller.CanSee(client.Cse)
            ? client
            : throw new NotFoundException($"Client '{nameOrAlias.Trim()}' does not exist.");
    }

    /// <summary>An event type id or code from a request field; unknown ones are a violation of that field.</summary>
    private async Task<EventType?> EventTypeOrViolationAsync(string idOrCode, string field, Validation validation, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idOrCode))
        {
            validation.Add(field, "An event type id or code is required.");
            return null;
        }
        var type = await eventTypes.FindAsync(idOrCode, ct);
        if (type is null) validation.Add(field, $"Unknown event type '{idOrCode.Trim()}'.");
        return type;
    }
}

using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: segment changes (admin only).</summary>
public sealed class SegmentChangesGrpcService(ClientRepository clients, SegmentHistoryRepository segmentHistory, ClientMessages messages)
    : RequirementsService.RequirementsServiceBase
{
    private const int MaxNotesLength = 2000;

    /// <summary>Closes the open period the day before, opens the new one and updates the current segment in
    /// one transaction; overlapping or back-dated requests are FAILED_PRECONDITION. A new period with the
    /// same segment is a re-assessment, which is allowed.</summary>
    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<Client> ChangeSegment(ChangeSegmentRequest request, ServerCallContext context)
    {
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var segment = validation.Segment(request.Segment);
        var effectiveFrom = validation.RequiredDate(request.EffectiveFrom, "effective_from");
        validation.Require(request.Notes.Length <= MaxNotesLength, "notes", $"At most {MaxNotesLength} characters.");
        validation.ThrowIfInvalid();

        var client = await clients.VisibleAsync(request.Name, "name", context.Caller(), context.CancellationToken);
        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        await segmentHistory.ChangeAsync(client.Name, segment!, effectiveFrom, notes, context.CancellationToken);
        return await messages.ForAsync(client with { Segment = segment! }, context.CancellationToken);
    }
}

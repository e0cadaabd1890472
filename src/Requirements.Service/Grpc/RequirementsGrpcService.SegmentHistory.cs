using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    private const int MaxNotesLength = 2000;

    /// <summary>Admin only. Closes the open period the day before, opens the new one and updates the
    /// current segment in one transaction; overlapping or back-dated requests are FAILED_PRECONDITION.
    /// A new period with the same segment is a re-assessment, which is allowed.</summary>
    public override async Task<Client> ChangeSegment(ChangeSegmentRequest request, ServerCallContext context)
    {
        var caller = RequireAdmin(context);
        var validation = new Validation();
        validation.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "A client name is required.");
        var segment = validation.Segment(request.Segment);
        var effectiveFrom = validation.RequiredDate(request.EffectiveFrom, "effective_from");
        validation.Require(request.Notes.Length <= MaxNotesLength, "notes", $"At most {MaxNotesLength} characters.");
        validation.ThrowIfInvalid();

        var client = await VisibleClientAsync(request.Name, "name", caller, context.CancellationToken);
        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        await segmentHistory.ChangeAsync(client.Name, segment!, effectiveFrom, notes, context.CancellationToken);
        return await ClientMessageAsync(client with { Segment = segment! }, context.CancellationToken);
    }

    public override async Task<ListSegmentHistoryResponse> ListSegmentHistory(ListSegmentHistoryRequest request, ServerCallContext context)
    {
        var client = await VisibleClientAsync(request.Name, "name", CallerOf(context), context.CancellationToken);
        var response = new ListSegmentHistoryResponse();
        response.Periods.Add((await segmentHistory.ListAsync(client.Name, context.CancellationToken)).Select(p => p.ToMessage()));
        return response;
    }
}

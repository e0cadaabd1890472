using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Import;

/// <summary>Finds the five columns in a header row by name (case, spaces and underscores ignored).
/// Client, event and date are required; completed and notes are optional.</summary>
public sealed record ImportColumns(int Client, int Event, int Date, int? Completed, int? Notes)
{
    private static readonly string[] ClientNames = ["client", "client name", "clientname", "customer"];
    private static readonly string[] EventNames = ["event", "event type", "event code", "event name", "activity", "event type code"];
    private static readonly string[] DateNames = ["date", "event date"];
    private static readonly string[] CompletedNames = ["completed", "complete", "done", "status"];
    private static readonly string[] NotesNames = ["notes", "note", "comments", "comment"];

    public static ImportColumns FromHeader(IReadOnlyList<string> header)
    {
        var normalized = header.Select(Normalize).ToArray();
        int? Find(string[] names) => Array.FindIndex(normalized, h => names.Contains(h)) is var i and >= 0 ? i : null;
        var client = Find(ClientNames);
        var evt = Find(EventNames);
        var date = Find(DateNames);
        var missing = new[] { ("client", client), ("event", evt), ("date", date) }.Where(c => c.Item2 is null).Select(c => c.Item1).ToArray();
        if (missing.Length > 0)
            throw new ValidationException("content",
                $"The header row (row 1) must name the columns client, event, date[, completed, notes]; missing: {string.Join(", ", missing)}.");
        return new ImportColumns(client!.Value, evt!.Value, date!.Value, Find(CompletedNames), Find(NotesNames));
    }

    private static string Normalize(string header) =>
        string.Join(' ', header.Replace('_', ' ').Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

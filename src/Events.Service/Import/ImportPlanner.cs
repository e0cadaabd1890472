using Segmentation.Events.Domain;
using Segmentation.Requirements.V1;

namespace Segmentation.Events.Import;

/// <summary>Validates one row at a time and gives a rejected row all of its reasons at once. Repeats
/// within the file are found by the writer, in PostgreSQL, so no per-file set is held here.</summary>
public sealed class ImportPlanner(EventDateRule dates)
{
    /// <summary>The row as a candidate to insert, or why it is rejected.</summary>
    public (ImportCandidate? Candidate, RowIssue? Issue) Check(RawRow row, IReadOnlyDictionary<string, string> clients, EventTypeLookup types)
    {
        if (ImportText.Problems(row) is { Count: > 0 } unsafeCells) return (null, new RowIssue(row.Number, string.Join("; ", unsafeCells)));
        var problems = new List<string>();
        var client = Client(row, clients, problems);
        var type = Type(row, types, problems);
        var date = Date(row.Date, problems);
        var completed = CompletedFlag.Parse(row.Completed);
        if (completed is null) problems.Add($"completed '{row.Completed}' is not yes/no");
        if (row.Notes.Length > Limits.Notes) problems.Add($"notes are longer than {Limits.Notes} characters");
        if (problems.Count > 0) return (null, new RowIssue(row.Number, string.Join("; ", problems)));
        return (new ImportCandidate(row.Number, client!, type!.Value, date!.Value, completed!.Value, row.Notes.Length == 0 ? null : row.Notes), null);
    }

    private static string? Client(RawRow row, IReadOnlyDictionary<string, string> clients, List<string> problems)
    {
        if (row.Client.Length == 0) problems.Add("client is empty");
        else if (clients.GetValueOrDefault(row.Client.Trim()) is { } name) return name;
        else problems.Add($"unknown client '{row.Client}'");
        return null;
    }

    private static Guid? Type(RawRow row, EventTypeLookup types, List<string> problems)
    {
        if (row.Event.Length == 0) { problems.Add("event is empty"); return null; }
        var type = types.Find(row.Event);
        if (type is null) problems.Add($"unknown event '{row.Event}'");
        else if (!type.IsActive) problems.Add($"event type {type.Code} is inactive");
        else return Guid.Parse(type.Id);
        return null;
    }

    private DateOnly? Date(DateCell cell, List<string> problems)
    {
        if (cell.Text.Length == 0) { problems.Add("date is empty"); return null; }
        var date = cell.Serial is { } serial ? ExcelSerialDate.ToDate(serial) : TextDate.Parse(cell.Text);
        if (date is null) { problems.Add($"date '{cell.Text}' is not a date"); return null; }
        if (dates.RangeProblem(date.Value) is { } problem) { problems.Add(problem); return null; }
        return date;
    }
}

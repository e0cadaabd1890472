using Segmentation.Events.Domain;
using Segmentation.Requirements.V1;

namespace Segmentation.Events.Import;

/// <summary>Validates every row and gives each rejected row all of its reasons at once.</summary>
public sealed class ImportPlanner(EventDateRule dates)
{
    public ImportPlan Plan(IReadOnlyList<RawRow> rows, IReadOnlyDictionary<string, string> clients, IReadOnlyList<EventType> types)
    {
        var candidates = new List<ImportCandidate>();
        var rejected = new List<RowIssue>();
        var duplicates = new List<RowIssue>();
        var firstRowOf = new Dictionary<(string, Guid, DateOnly), int>();
        var lookup = new EventTypeLookup(types);
        foreach (var row in rows)
        {
            if (ImportText.Problems(row) is { Count: > 0 } unsafeCells)
            {
                rejected.Add(new RowIssue(row.Number, string.Join("; ", unsafeCells)));
                continue;
            }
            var problems = new List<string>();
            var client = Client(row, clients, problems);
            var type = Type(row, lookup, problems);
            var date = Date(row.Date, problems);
            var completed = CompletedFlag.Parse(row.Completed);
            if (completed is null) problems.Add($"completed '{row.Completed}' is not yes/no");
            if (row.Notes.Length > Limits.Notes) problems.Add($"notes are longer than {Limits.Notes} characters");
            if (problems.Count > 0)
            {
                rejected.Add(new RowIssue(row.Number, string.Join("; ", problems)));
                continue;
            }
            var key = (client!, type!.Value, date!.Value);
            if (firstRowOf.TryGetValue(key, out var first))
            {
                duplicates.Add(new RowIssue(row.Number, $"repeats row {first}"));
                continue;
            }
            firstRowOf[key] = row.Number;
            candidates.Add(new ImportCandidate(row.Number, key.Item1, key.Item2, key.Item3, completed!.Value,
                row.Notes.Length == 0 ? null : row.Notes));
        }
        return new ImportPlan(rows.Count, candidates, rejected, duplicates);
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

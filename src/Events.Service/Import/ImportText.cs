using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Events.Import;

/// <summary>The safe-text rule applied to a row's cells: a cell with a control, bidi or invisible
/// character rejects its row, and the reason names the column without echoing the cell.</summary>
public static class ImportText
{
    public static bool IsSafeName(string value) => SafeText.CheckName(value.Trim(), out _) is null;

    /// <summary>One problem per unsafe cell of <paramref name="row"/>; empty when all are safe.</summary>
    public static List<string> Problems(RawRow row)
    {
        var problems = new List<string>();
        void Name(string column, string value)
        {
            if (!IsSafeName(value)) problems.Add($"{column} contains a control or invisible character");
        }
        Name("client", row.Client);
        Name("event", row.Event);
        Name("date", row.Date.Text);
        Name("completed", row.Completed);
        if (SafeText.CheckFreeText(row.Notes, out _) is not null) problems.Add("notes contain a control or invisible character");
        return problems;
    }
}

namespace Segmentation.Events.Import;

/// <summary>The completed column: yes/no words, 1/0, true/false, or a status; empty = not completed.</summary>
public static class CompletedFlag
{
    private static readonly string[] Yes = ["yes", "y", "true", "1", "completed", "complete", "done", "x", "✓"];
    private static readonly string[] No = ["", "no", "n", "false", "0", "scheduled", "planned", "not completed", "pending"];

    public static bool? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (Yes.Contains(value)) return true;
        if (No.Contains(value)) return false;
        return null;
    }
}

namespace Segmentation.Compliance.Scoring;

/// <summary>Status names and their thresholds (SPEC §6 and §7).</summary>
public static class Statuses
{
    public const string Critical = "critical";
    public const string AtRisk = "at-risk";
    public const string Compliant = "compliant";
    public const string Exceeded = "exceeded";

    /// <summary>One event type: &lt; 50 critical, 50–99 at-risk, 100 compliant, &gt; 100 exceeded.</summary>
    public static string ForType(int percentage) => percentage switch
    {
        < 50 => Critical,
        < 100 => AtRisk,
        100 => Compliant,
        _ => Exceeded,
    };

    /// <summary>A client's overall or predicted score: &lt; 50 critical, &lt; 100 at-risk, else compliant.</summary>
    public static string ForScore(int score) => score switch
    {
        < 50 => Critical,
        < 100 => AtRisk,
        _ => Compliant,
    };

    public static bool IsOverallStatus(string status) => status is Critical or AtRisk or Compliant;
}

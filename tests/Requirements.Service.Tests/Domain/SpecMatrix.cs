using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Tests.Domain;

/// <summary>The requirement matrix of SPEC §3 with its seed priorities, event type id = code.</summary>
public static class SpecMatrix
{
    private static readonly string[] Segments = ["Maintain", "Leverage", "Nurture", "Collaboration", "Sleeping Giant", "Giant"];

    private static readonly (string Code, int[] Counts)[] Rows =
    [
        ("PGL_ENGAGE", [0, 0, 0, 0, 1, 1]),
        ("EVP_ENGAGE", [0, 1, 1, 1, 4, 4]),
        ("STRAT_OPS", [1, 2, 2, 2, 2, 2]),
        ("SAT_PLAN", [1, 0, 1, 0, 1, 0]),
        ("SLA_REVIEW", [2, 2, 4, 4, 12, 12]),
        ("CE_ONSITE", [1, 1, 2, 2, 12, 12]),
        ("INSIGHT_TP", [12, 12, 12, 12, 12, 12]),
        ("HEALTH_CHECK", [0, 0, 1, 0, 1, 1]),
        ("RELEASE_PLAN", [1, 1, 2, 2, 4, 4]),
        ("WHITESPACE", [1, 2, 2, 2, 4, 4]),
        ("CLIENT_FORUM", [0, 1, 1, 1, 1, 1]),
        ("UPDATE_360", [2, 4, 8, 8, 12, 12]),
    ];

    public static RequirementMatrix Create() => new(
        from row in Rows
        from i in Enumerable.Range(0, Segments.Length)
        select new RequirementCell(Segments[i], row.Code, row.Code, row.Code, row.Counts[i], Priority(Segments[i], row.Code, row.Counts[i])));

    private static string Priority(string segment, string code, int count) => (segment, code) switch
    {
        _ when count == 0 => "low",
        ("Maintain", "SAT_PLAN") => "critical",
        ("Maintain", "STRAT_OPS") => "high",
        ("Sleeping Giant", "PGL_ENGAGE" or "EVP_ENGAGE") => "critical",
        ("Sleeping Giant", "SLA_REVIEW" or "CE_ONSITE" or "WHITESPACE" or "UPDATE_360") => "high",
        _ => "medium",
    };
}

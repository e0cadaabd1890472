namespace Segmentation.Requirements.Data;

/// <summary>The four statements that load assessment inputs (clients, history, exclusions, matrix) for the
/// clients a filter on <c>nps_clients n</c> selects. Each shape is built once, so its text is fixed.</summary>
internal static class AssessmentInputsSql
{
    /// <summary>The portfolio's catch-all filter (@cse, @names: names or aliases, trimmed). Never prepared: a generic
    /// plan of it scans nps_clients (bench/results/2026-11-30-plans.md).</summary>
    public static readonly string[] Portfolio = For("""
        (@cse::text IS NULL OR n.cse = @cse)
        AND (@names::text[] IS NULL OR n.client_name = ANY(@names)
             OR n.client_name IN (SELECT a.client_name FROM client_aliases a WHERE a.alias = ANY(@names)))
        """);

    /// <summary>A page of clients in name order: after @after, at most @limit, optionally one CSE's (keyset on the
    /// name's unique index). Not prepared either: the @cse catch-all.</summary>
    public static readonly string[] Page = For("""
        n.client_name IN (SELECT p.client_name FROM nps_clients p
                          WHERE (@cse::text IS NULL OR p.cse = @cse) AND p.client_name > @after
                          ORDER BY p.client_name LIMIT @limit)
        """);

    /// <summary>The client named @key, or else the one whose alias it is (names and aliases share one namespace):
    /// equality lookups only, so one generic plan serves every key and the statements are prepared.</summary>
    public static readonly string[] OneClient = For("""
        n.client_name = coalesce((SELECT c.client_name FROM nps_clients c WHERE c.client_name = @key),
                                 (SELECT a.client_name FROM client_aliases a WHERE a.alias = @key))
        """);

    /// <summary>Which of the four statements take the filter's parameters (the matrix takes none).</summary>
    public static bool Filtered(int statement) => statement < MatrixStatement;

    /// <summary>The matrix is the last statement, left out while <see cref="MatrixCache"/> holds it.</summary>
    public const int MatrixStatement = 3;

    private static string[] For(string clientFilter) =>
    [
        $"""
        SELECT n.client_name, coalesce(n.segment, ''), coalesce(n.cse, '')
        FROM nps_clients n WHERE {clientFilter} ORDER BY n.client_name
        """,
        $"""
        SELECT cs.client_name, t.tier_name, cs.effective_from, cs.effective_to, coalesce(cs.notes, ''), coalesce(cs.cse_name, '')
        FROM client_segmentation cs
        JOIN segmentation_tiers t ON t.id = cs.tier_id
        JOIN nps_clients n ON n.client_name = cs.client_name
        WHERE {clientFilter}
        """,
        $"""
        SELECT x.client_name, x.event_type_id::text
        FROM client_event_exclusions x JOIN nps_clients n ON n.client_name = x.client_name
        WHERE {clientFilter}
        """,
        $"{RequirementRepository.CellSelect} WHERE e.is_active",
    ];
}

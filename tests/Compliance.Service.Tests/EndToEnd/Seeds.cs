namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Event sets that put a Maintain client at a known score in 2025.</summary>
internal static class Seeds
{
    /// <summary>All 21 events Maintain requires: 100 %.</summary>
    public static async Task FullMaintainYearAsync(this Stack stack, string client)
    {
        await stack.HalfMaintainYearAsync(client);
        await stack.CompletedAsync(client, "SAT_PLAN", "2025-02-10");
        await stack.CompletedManyAsync(client, "INSIGHT_TP", "2025-01-13", 12);
        await stack.CompletedAsync(client, "WHITESPACE", "2025-05-12");
        await stack.CompletedManyAsync(client, "UPDATE_360", "2025-06-16", 2);
    }

    /// <summary>4 of Maintain's 8 types met (STRAT_OPS, SLA_REVIEW, CE_ONSITE, RELEASE_PLAN): 50 %.</summary>
    public static async Task HalfMaintainYearAsync(this Stack stack, string client)
    {
        await stack.CompletedAsync(client, "STRAT_OPS", "2025-03-03");
        await stack.CompletedManyAsync(client, "SLA_REVIEW", "2025-04-07", 2);
        await stack.CompletedAsync(client, "CE_ONSITE", "2025-05-05");
        await stack.CompletedAsync(client, "RELEASE_PLAN", "2025-07-07");
    }
}

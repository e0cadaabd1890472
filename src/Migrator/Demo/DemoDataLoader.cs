using Dapper;
using Npgsql;

namespace Segmentation.Migrator.Demo;

/// <summary>Loads the demo data set into an EMPTY database (no clients, no events); otherwise does nothing.</summary>
public sealed class DemoDataLoader(string connectionString, IReadOnlyList<string> cses, DateOnly today)
{
    public const string Source = "demo";

    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var hasData = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM nps_clients) OR EXISTS (SELECT 1 FROM segmentation_events)", transaction: tx);
        if (hasData) return false;

        var clients = DemoPortfolio.Clients;
        for (var i = 0; i < clients.Count; i++) await InsertClientAsync(connection, tx, clients[i], cses[i % cses.Count]);
        foreach (var (alias, client) in DemoPortfolio.Aliases)
            await connection.ExecuteAsync("INSERT INTO client_aliases (alias, client_name, created_by) VALUES (@alias, @client, 'demo')",
                new { alias, client }, tx);

        var matrix = (await connection.QueryAsync<(string Segment, Guid EventTypeId, int Count)>(
            "SELECT segment, event_type_id, required_count_per_year FROM tier_event_requirements WHERE required_count_per_year > 0",
            transaction: tx)).ToList();
        var events = new List<DemoEventPlan.PlannedEvent>();
        for (var i = 0; i < clients.Count; i++)
        {
            var c = clients[i];
            events.AddRange(DemoEventPlan.For(i, c.Name, 2025, Required(matrix, c.SegmentBeforeSeptember, c.Segment), today));
            events.AddRange(DemoEventPlan.For(i, c.Name, 2026, Required(matrix, null, c.Segment), today));
        }
        await connection.ExecuteAsync("""
            INSERT INTO segmentation_events (client_name, event_type_id, event_date, completed, completed_date, completed_by, source, created_by)
            VALUES (@Client, @EventTypeId, @Date, @Completed, CASE WHEN @Completed THEN @Date END, CASE WHEN @Completed THEN 'demo' END, 'demo', 'demo')
            ON CONFLICT DO NOTHING
            """, events.Select(e => new { e.Client, e.EventTypeId, e.Date, e.Completed }), tx);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>MAX of the required counts over the segments a client held (SPEC §5).</summary>
    private static Dictionary<Guid, int> Required(List<(string Segment, Guid EventTypeId, int Count)> matrix, string? before, string after) =>
        matrix.Where(m => m.Segment == after || m.Segment == before)
            .GroupBy(m => m.EventTypeId)
            .ToDictionary(g => g.Key, g => g.Max(m => m.Count));

    private static async Task InsertClientAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DemoClient client, string cse)
    {
        await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) VALUES (@Name, @Segment, @cse)",
            new { client.Name, client.Segment, cse }, tx);
        var first = client.SegmentBeforeSeptember ?? client.Segment;
        var split = client.SegmentBeforeSeptember is not null || client.ReassessedInSeptember;
        await InsertPeriodAsync(connection, tx, client.Name, first, cse, DemoPortfolio.YearStart,
            split ? DemoPortfolio.ChangeDate.AddDays(-1) : null, "Demo: 2025 assessment");
        if (split)
        {
            var note = client.SegmentBeforeSeptember is null ? "Demo: re-assessed, no change" : $"Demo: {first} → {client.Segment}";
            await InsertPeriodAsync(connection, tx, client.Name, client.Segment, cse, DemoPortfolio.ChangeDate, null, note);
        }
    }

    private static Task InsertPeriodAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string client, string segment,
        string cse, DateOnly from, DateOnly? to, string notes) =>
        connection.ExecuteAsync("""
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from, effective_to, notes)
            SELECT @client, id, @cse, @from, @to, @notes FROM segmentation_tiers WHERE tier_name = @segment
            """, new { client, segment, cse, from, to, notes }, tx);
}

using Npgsql;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 13 item 6: the single-client year count and the schedule's statements run prepared on their
/// physical connection. A data source of one connection makes that connection's pg_prepared_statements readable;
/// repeated calls must reuse the statements (same names, same prepare time: no new prepare round trip) and
/// answer as before.</summary>
public sealed class PreparedStatementTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly Guid Sla = Guid.Parse("84068dd3-cc5f-4a82-9980-3002c17f5e4d");
    private static readonly Guid Insight = Guid.Parse("e177a096-82c1-4710-a599-4000c5343d06");
    private EventsHost _host = null!;
    private NpgsqlDataSource _oneConnection = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await EventsHost.StartAsync(postgres);
        _oneConnection = new NpgsqlDataSourceBuilder(_host.ConnectionString) { ConnectionStringBuilder = { MaxPoolSize = 1 } }.Build();
    }

    public async ValueTask DisposeAsync()
    {
        await _oneConnection.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_year_count_is_prepared_once_and_counts_as_before()
    {
        await _host.ExecuteAsync($"""
            INSERT INTO segmentation_events (client_name, event_type_id, event_date, completed) VALUES
            ('Barwon Health', '{Sla}', '2025-01-01', true), ('Barwon Health', '{Sla}', '2025-12-31', true),
            ('Barwon Health', '{Sla}', '2026-01-01', true), ('Barwon Health', '{Insight}', '2025-05-05', true),
            ('Barwon Health', '{Insight}', '2025-06-05', false), ('WA Health', '{Sla}', '2025-03-03', true)
            """);
        var query = new YearCountQuery(_oneConnection);
        var late = YearWindows.For(2025, new DateOnly(2026, 12, 31));
        var midYear = YearWindows.For(2025, new DateOnly(2025, 6, 1));

        var first = await CountAsync(query, late);
        var firstMidYear = await CountAsync(query, midYear);
        for (var i = 0; i < 6; i++) Assert.Equal(i % 2 == 0 ? first : firstMidYear, await CountAsync(query, i % 2 == 0 ? late : midYear));
        var warm = await PreparedAsync();
        await CountAsync(query, late);
        var later = await PreparedAsync();

        Assert.Equal(new[] { new YearCounts(Sla, 2, 0, 3, 0), new YearCounts(Insight, 1, 0, 1, 0) }, first);
        Assert.Equal(new[] { new YearCounts(Sla, 1, 0, 1, 0), new YearCounts(Insight, 1, 1, 1, 1) }, firstMidYear);
        var statement = Assert.Single(warm);
        Assert.Contains("FROM segmentation_events e", statement.Text, StringComparison.Ordinal);
        Assert.Equal(8, statement.Plans);
        Assert.True(statement.GenericPlans > 0, "PostgreSQL still plans the count on every execution.");
        Assert.Equal((statement.Name, statement.PreparedAt, 9L), (Assert.Single(later).Name, later[0].PreparedAt, later[0].Plans));
    }

    [Fact]
    public async Task The_schedule_statements_are_prepared_once_and_write_as_before()
    {
        var writer = new EventWriter(_oneConnection);
        for (var day = 1; day <= 8; day++) Assert.IsType<ScheduleOutcome.Inserted>(await ScheduleAsync(writer, day, day % 2 == 0 ? $"key-{day}" : null));
        var warm = await PreparedAsync();
        var duplicate = await ScheduleAsync(writer, 1, null);
        var retry = await ScheduleAsync(writer, 2, "key-2");
        var fresh = await ScheduleAsync(writer, 9, "key-9");
        var later = await PreparedAsync();

        Assert.IsType<ScheduleOutcome.Duplicate>(duplicate);
        Assert.IsType<ScheduleOutcome.RequestSeen>(retry);
        var inserted = Assert.IsType<ScheduleOutcome.Inserted>(fresh).Event;
        Assert.Equal((EventsHost.AnaClient, Sla, new DateOnly(2025, 3, 9)), (inserted.ClientName, inserted.EventTypeId, inserted.EventDate));
        Assert.Equal(9, await _host.EventCountAsync());
        Assert.Equal(9, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes"));
        Assert.Equal(5, await _host.ScalarAsync<long>("SELECT count(*) FROM segmentation_event_request_keys WHERE response IS NOT NULL"));
        // BEGIN, COMMIT, the write with and without a key, the key lookup and the stored answer: six fixed texts.
        Assert.Equal(new[] { "BEGIN", "COMMIT" }, warm.Select(s => s.Text).Where(t => t is "BEGIN" or "COMMIT").Order(StringComparer.Ordinal));
        Assert.Equal(4, Plans(warm, "WITH claim AS (INSERT INTO segmentation_event_request_keys"));
        Assert.Equal(4, Plans(warm, "WITH claim AS (SELECT true)"));
        Assert.Equal(4, Plans(warm, "SELECT operation, fingerprint"));
        Assert.Equal(4, Plans(warm, "UPDATE segmentation_event_request_keys"));
        Assert.Equal(6, warm.Count);
        // Three more writes (a duplicate, a retry, a new event) reused them: nothing prepared again.
        Assert.Equal(warm.Select(s => (s.Name, s.PreparedAt)), later.Select(s => (s.Name, s.PreparedAt)));
        Assert.Equal(6, Plans(later, "WITH claim AS (INSERT INTO segmentation_event_request_keys"));
    }

    private static long Plans(List<Prepared> statements, string start) =>
        Assert.Single(statements, s => s.Text.TrimStart().StartsWith(start, StringComparison.Ordinal)).Plans;

    private static async Task<List<YearCounts>> CountAsync(YearCountQuery query, YearWindows windows) =>
        [.. (await query.CountAsync(EventsHost.AnaClient, windows, TestContext.Current.CancellationToken)).OrderBy(c => c.EventTypeId == Insight)];

    private static Task<ScheduleOutcome> ScheduleAsync(EventWriter writer, int day, string? requestId)
    {
        var e = new NewEvent(Guid.CreateVersion7(), EventsHost.AnaClient, Sla, new DateOnly(2025, 3, day), null, null, [], null, "manual", "tester");
        var claim = requestId is null ? null : new RequestClaim(requestId, "schedule", [(byte)day], r => [1, 2, 3]);
        return writer.ScheduleAsync(e, claim, TestContext.Current.CancellationToken);
    }

    /// <summary>The prepared statements of the one connection, in name order.</summary>
    private async Task<List<Prepared>> PreparedAsync()
    {
        await using var connection = await _oneConnection.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT name, statement, prepare_time, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var statements = new List<Prepared>();
        while (await reader.ReadAsync())
            statements.Add(new Prepared(reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.GetInt64(3), reader.GetInt64(3) + reader.GetInt64(4)));
        return statements;
    }

    private sealed record Prepared(string Name, string Text, DateTime PreparedAt, long GenericPlans, long Plans);
}

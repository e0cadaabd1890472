using System.Collections.Concurrent;
using System.Diagnostics;
using Dapper;
using Segmentation.Faults.Load;

namespace Segmentation.Faults;

/// <summary>Retries of schedule requests with the same request ids, sent at the same time and later.</summary>
public sealed class IdempotencyTests(FaultSystem system) : IClassFixture<FaultSystem>
{
    [Fact]
    public async Task A_thousand_retried_schedule_requests_create_exactly_one_event_each()
    {
        const int ids = 1_000;
        var copies = FaultScale.Pick(2, 4);
        var run = $"idem-{Guid.NewGuid():N}"[..14];
        var specs = Enumerable.Range(0, ids).Select(i => ScheduleSpec.Of(run, i, system.Clients)).ToArray();
        // Every id is sent `copies` times, the copies of one id next to each other so they race.
        var sends = specs.SelectMany(s => Enumerable.Repeat(s, copies)).ToArray();
        var clock = Stopwatch.StartNew();
        var outcomes = new ConcurrentBag<WriteOutcome>();
        await Parallel.ForEachAsync(sends, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (spec, _) => outcomes.Add(await system.Gateway.ScheduleAsync(spec, clock)));
        // And once more, after all of them were answered.
        await Parallel.ForEachAsync(specs, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (spec, _) => outcomes.Add(await system.Gateway.ScheduleAsync(spec, clock)));

        Assert.Equal(ids * (copies + 1), outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Acknowledged, $"{o.Spec.RequestId} answered {o.Status}."));
        foreach (var group in outcomes.GroupBy(o => o.Spec.RequestId))
        {
            Assert.Single(group, o => o.Status == 201);
            Assert.Single(group.Select(o => o.EventId).Distinct());
        }

        await using var connection = system.Open();
        var stored = await StoredWrites.ReadAsync(connection, specs);
        Assert.All(stored.Values, s => Assert.True(s.Complete, $"{s.RequestId}: {s}"));
        Assert.Equal(ids, stored.Values.Select(s => s.EventId).Distinct().Count());
        Assert.Equal(ids, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM segmentation_events e JOIN segmentation_event_request_keys k ON k.event_id = e.id WHERE k.request_id LIKE @p",
            new { p = run + "-%" }));
        Assert.Equal(ids, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM segmentation_event_changes c JOIN segmentation_event_request_keys k ON k.event_id = c.event_id WHERE k.request_id LIKE @p",
            new { p = run + "-%" }));
    }
}

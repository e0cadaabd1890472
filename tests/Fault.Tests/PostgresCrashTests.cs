using Segmentation.Faults.Load;

namespace Segmentation.Faults;

/// <summary>SIGKILL of every PostgreSQL process during a steady write load through the gateway, then a
/// restart on the same data directory and port. The services are not touched.</summary>
public sealed class PostgresCrashTests(FaultSystem system) : IClassFixture<FaultSystem>
{
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Acknowledged_writes_survive_a_SIGKILL_and_the_services_answer_again_within_10_s()
    {
        var run = $"pgkill-{Guid.NewGuid():N}"[..16];
        var load = new WriteLoad(system.Gateway, i => ScheduleSpec.Of(run, i, system.Clients), concurrency: 8,
            maxRequests: FaultScale.Pick(4_000, 40_000), maxDuration: FaultScale.Seconds(40, 180));
        var running = load.RunAsync();

        var kills = FaultScale.Pick(1, 3);
        var recoveries = new List<TimeSpan>();
        for (var k = 0; k < kills; k++)
        {
            var before = load.Acknowledged;
            await WriteLoad.WaitUntilAsync(() => load.Acknowledged >= before + 100, TimeSpan.FromSeconds(30), "100 acknowledged writes");
            await system.Postgres.KillAsync();
            var killedAt = load.Clock.Elapsed;
            await WriteLoad.WaitUntilAsync(() => load.Outcomes.Any(o => o.Started > killedAt && !o.Acknowledged), TimeSpan.FromSeconds(10), "a write refused while PostgreSQL is down");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await system.Postgres.RestartAsync();
            var upAt = load.Clock.Elapsed;
            await WriteLoad.WaitUntilAsync(() => load.Outcomes.Any(o => o.Started >= upAt && o.Acknowledged), RecoveryLimit + TimeSpan.FromSeconds(5), "a write acknowledged after the restart");
            recoveries.Add(load.Outcomes.Where(o => o.Started >= upAt && o.Acknowledged).Min(o => o.Ended) - upAt);
        }
        var settled = load.Acknowledged;
        await WriteLoad.WaitUntilAsync(() => load.Acknowledged >= settled + 100, TimeSpan.FromSeconds(30), "100 more acknowledged writes");
        load.Stop();
        await running;

        var outcomes = load.Outcomes.ToArray();
        var acknowledged = outcomes.Where(o => o.Acknowledged).ToArray();
        var failed = outcomes.Where(o => !o.Acknowledged).ToArray();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{outcomes.Length} writes: {acknowledged.Length} acknowledged, {failed.Length} failed " +
            $"({string.Join(", ", failed.GroupBy(o => o.Status).Select(g => $"{g.Count()}× {g.Key}"))}); recovery {string.Join(", ", recoveries.Select(r => $"{r.TotalSeconds:0.0} s"))}");

        Assert.All(recoveries, r => Assert.True(r < RecoveryLimit, $"Writes were acknowledged again only {r.TotalSeconds:0.0} s after PostgreSQL was back."));
        Assert.NotEmpty(failed);
        // Failed visibly: an error status the caller can act on (503 = retry), never a 2xx without the write, never a 500.
        Assert.All(failed, o => Assert.Contains(o.Status, new[] { 503, 504 }));

        await using var connection = system.Open();
        var stored = await StoredWrites.ReadAsync(connection, outcomes.Select(o => o.Spec).ToArray());
        Assert.All(acknowledged, o =>
        {
            Assert.True(stored[o.Spec.RequestId].Complete, $"Acknowledged write {o.Spec.RequestId} is not fully stored: {stored[o.Spec.RequestId]}");
            Assert.Equal(o.EventId, stored[o.Spec.RequestId].EventId);
        });
        Assert.All(failed, o => Assert.True(stored[o.Spec.RequestId].Complete || stored[o.Spec.RequestId].Absent,
            $"Unacknowledged write {o.Spec.RequestId} is half-written: {stored[o.Spec.RequestId]}"));

        // The caller retries what failed, with the same request ids: afterwards every spec is stored exactly once.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var retries = new System.Collections.Concurrent.ConcurrentBag<WriteOutcome>();
        await Parallel.ForEachAsync(failed, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (o, _) => retries.Add(await system.Gateway.ScheduleAsync(o.Spec, clock)));
        Assert.All(retries, r => Assert.True(r.Acknowledged, $"Retry of {r.Spec.RequestId} answered {r.Status}."));
        Assert.All(retries, r => Assert.Equal(stored[r.Spec.RequestId].Complete ? 200 : 201, r.Status));
        var after = await StoredWrites.ReadAsync(connection, outcomes.Select(o => o.Spec).ToArray());
        Assert.All(after.Values, s => Assert.True(s.Complete, $"{s.RequestId} is not stored exactly once: {s}"));
        Assert.Equal(outcomes.Length, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT count(*) FROM segmentation_event_request_keys WHERE request_id LIKE @prefix", new { prefix = run + "-%" }));
    }
}

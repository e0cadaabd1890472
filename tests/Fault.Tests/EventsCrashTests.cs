using System.Collections.Concurrent;
using System.Diagnostics;
using Segmentation.Faults.Load;
using Segmentation.Faults.Processes;

namespace Segmentation.Faults;

/// <summary>SIGKILL of Events.Service under a mixed load through the gateway, then a restart of it on the
/// same port. The gateway is not restarted.</summary>
public sealed class EventsCrashTests(FaultSystem system) : IClassFixture<FaultSystem>
{
    private sealed record Answer(string Route, int Status, TimeSpan Started, TimeSpan Ended);

    [Fact]
    public async Task The_gateway_answers_503_while_Events_is_down_and_recovers_by_itself()
    {
        var run = $"evkill-{Guid.NewGuid():N}"[..16];
        var gatewayPid = system.Processes[SystemProcesses.Gateway].ProcessId;
        var events = system.Processes[SystemProcesses.Events];
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource(FaultScale.Seconds(40, 150));
        var next = -1;
        var maxRequests = FaultScale.Pick(6_000, 60_000);

        async Task CallerAsync(int caller)
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref next) < maxRequests)
            {
                var i = next;
                var client = Uri.EscapeDataString(system.Clients[i % system.Clients.Count]);
                var started = clock.Elapsed;
                var (route, status) = (caller % 3) switch
                {
                    0 => ("schedule", (await system.Gateway.ScheduleAsync(ScheduleSpec.Of(run, i, system.Clients), clock)).Status),
                    1 => ("list", await system.Gateway.GetStatusAsync($"/api/events?clientName={client}&pageSize=20")),
                    _ => ("compliance", await system.Gateway.GetStatusAsync($"/api/compliance/{client}?year=2027&asOf=2027-06-30")),
                };
                answers.Enqueue(new Answer(route, status, started, clock.Elapsed));
                if (status is < 200 or >= 300) await Task.Delay(50);
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, 6).Select(c => Task.Run(() => CallerAsync(c))));
        await WriteLoad.WaitUntilAsync(() => answers.Count(a => a.Status is >= 200 and < 300) >= 60, TimeSpan.FromSeconds(30), "60 successful answers");

        var downs = FaultScale.Pick(1, 3);
        var windows = new List<(TimeSpan Down, TimeSpan Up)>();
        var recoveries = new List<TimeSpan>();
        for (var d = 0; d < downs; d++)
        {
            await events.KillAsync();
            var down = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(2));
            var up = clock.Elapsed;
            windows.Add((down, up));
            events.Start();
            await events.WaitAliveAsync(TimeSpan.FromSeconds(60), http2: true);
            var alive = clock.Elapsed;
            await WriteLoad.WaitUntilAsync(() => answers.Any(a => a.Started >= alive && a.Route != "compliance" && a.Status is >= 200 and < 300),
                TimeSpan.FromSeconds(20), "a successful Events call through the gateway after the restart");
            recoveries.Add(answers.Where(a => a.Started >= alive && a.Route != "compliance" && a.Status is >= 200 and < 300).Min(a => a.Ended) - alive);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        await stop.CancelAsync();
        await load;

        var all = answers.ToArray();
        var whileDown = all.Where(a => windows.Any(w => a.Started > w.Down && a.Ended < w.Up)).ToArray();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{all.Length} answers: {string.Join(", ", all.GroupBy(a => (a.Route, a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Route} {g.Key.Status}: {g.Count()}"))}; " +
            $"while down: {string.Join(", ", whileDown.GroupBy(a => (a.Route, a.Status)).Select(g => $"{g.Key.Route} {g.Key.Status}: {g.Count()}"))}; " +
            $"recovery after Events was alive: {string.Join(", ", recoveries.Select(r => $"{r.TotalMilliseconds:0} ms"))}");

        Assert.Contains(whileDown, a => a.Route == "schedule");
        Assert.Contains(whileDown, a => a.Route == "list");
        Assert.All(whileDown, a => Assert.Equal(503, a.Status));
        Assert.DoesNotContain(all, a => a.Status == 500 || a.Status == 0);
        Assert.All(recoveries, r => Assert.True(r < TimeSpan.FromSeconds(10), $"The gateway needed {r.TotalSeconds:0.0} s to reach Events again."));
        Assert.Equal(gatewayPid, system.Processes[SystemProcesses.Gateway].ProcessId);
        // After recovery every route answers again, compliance (which reads Events over gRPC) included.
        Assert.Equal(200, await system.Gateway.GetStatusAsync($"/api/compliance/{Uri.EscapeDataString(system.Clients[0])}?year=2027&asOf=2027-06-30"));
    }
}

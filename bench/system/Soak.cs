using System.Diagnostics;
using Segmentation.Bench.Portfolio;
using Segmentation.Faults.Load;

namespace Segmentation.Bench.System;

/// <summary>Moderate steady load for a fixed time (a paced mix of reads and durable writes through the
/// gateway), sampling each service's RSS from /proc; reports start and end RSS.</summary>
public static class Soak
{
    public sealed record Options(int Clients, int Events, TimeSpan Duration, int RequestsPerSecond, string Output);

    private sealed record Sample(TimeSpan At, string Service, double RssMiB);

    public static async Task RunAsync(Options o)
    {
        var report = new Report();
        var machine = await Machine.DescribeAsync(ServiceDefaults.Hosting.PostgresBinaries.Directory());
        await using var system = await BenchSystem.StartAsync(o.Clients, o.Events, Benchmark.AsOf, report.Log);
        using var gateway = new Gateway(system.Processes.GatewayUrl, system.Token);
        var clock = Stopwatch.StartNew();
        var samples = new List<Sample>();
        var statuses = new Dictionary<int, long>();
        var run = $"soak{DateTime.UtcNow:HHmmss}";
        var names = system.Data.Clients.Select(c => c.Name).ToArray();
        void SampleAll() { foreach (var s in system.Processes.All) samples.Add(new Sample(clock.Elapsed, s.Project, s.Memory().RssMiB)); }

        SampleAll();
        var sampler = Task.Run(async () =>
        {
            while (clock.Elapsed < o.Duration) { await Task.Delay(TimeSpan.FromSeconds(10)); lock (samples) SampleAll(); }
        });
        // Paced: request i is due at i / rate seconds; 8 callers take the next due request (bounded by count and time).
        var total = (long)(o.Duration.TotalSeconds * o.RequestsPerSecond);
        long next = -1;
        async Task CallerAsync()
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= total || clock.Elapsed >= o.Duration) return;
                var due = TimeSpan.FromSeconds((double)i / o.RequestsPerSecond);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
                var client = Uri.EscapeDataString(names[i % names.Length]);
                var status = (i % 10) switch
                {
                    < 6 => await gateway.GetStatusAsync($"/api/compliance/{client}?year={DataGenerator.Year}&asOf={Benchmark.AsOf:yyyy-MM-dd}"),
                    < 8 => (await gateway.ScheduleAsync(ScheduleSpec.Of(run, (int)i, names), clock)).Status,
                    8 => await gateway.GetStatusAsync($"/api/events?clientName={client}&year={DataGenerator.Year}&pageSize=50"),
                    _ => await gateway.GetStatusAsync($"/api/compliance/{client}/forecast?year={DataGenerator.Year}&asOf={Benchmark.AsOf:yyyy-MM-dd}"),
                };
                lock (statuses) statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(CallerAsync)));
        await sampler;
        lock (samples) SampleAll();

        report.Line($"# Soak {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.Line();
        foreach (var line in machine) report.Line($"- {line}");
        report.Line($"- Load average when the soak ended: {await Tool.LoadAverageAsync()}");
        report.Line($"- Command: `bench/soak.sh {string.Join(' ', Environment.GetCommandLineArgs().Skip(2))}`");
        report.Line($"- {o.Duration.TotalMinutes:0} minutes at {o.RequestsPerSecond} requests/s through the gateway (60 % client compliance, 20 % durable schedule, " +
                    $"10 % event list, 10 % forecast), 8 callers, over {system.Data.Clients.Count:N0} clients / {system.Data.Events.Count:N0} events");
        report.Line($"- Answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value:N0}× {s.Key}"))}");
        report.Line();
        var warmup = TimeSpan.FromSeconds(60);
        report.Line($"RSS per service (MiB): at start (after loading, before any request), after a {warmup.TotalSeconds:0} s warm-up, at the end, and the trend after the warm-up " +
                    "(least-squares slope over the samples taken every 10 s):");
        var rows = samples.GroupBy(s => s.Service).Select(g =>
        {
            var all = g.OrderBy(s => s.At).ToArray();
            var warm = all.Where(s => s.At >= warmup).ToArray();
            var slope = Slope(warm.Select(s => (s.At.TotalMinutes, s.RssMiB)).ToArray());
            var first = warm.FirstOrDefault() ?? all[0];
            return new[]
            {
                g.Key, $"{all[0].RssMiB:N0}", $"{first.RssMiB:N0}", $"{all[^1].RssMiB:N0}", $"{all.Max(s => s.RssMiB):N0}",
                $"{slope:+0.00;-0.00} MiB/min", $"{all[^1].RssMiB - first.RssMiB:+0;-0} MiB ({(all[^1].RssMiB - first.RssMiB) / first.RssMiB:+0.0%;-0.0%})",
            };
        });
        report.Table(["service", "start", "after warm-up", "end", "max", "trend after warm-up", "end − after warm-up"], rows);
        report.Line("Samples (MiB):");
        report.Table(["minute", .. system.Processes.All.Select(s => s.Project)],
            samples.GroupBy(s => (int)s.At.TotalSeconds / 10).Where((_, i) => i % 6 == 0).Select(g =>
                new[] { $"{g.First().At.TotalMinutes:0.0}" }.Concat(system.Processes.All.Select(p => $"{g.Where(s => s.Service == p.Project).Select(s => s.RssMiB).DefaultIfEmpty().Last():N0}")).ToArray()));
        Console.WriteLine($"written to {await report.SaveAsync(o.Output, "-soak")}");
    }

    private static double Slope((double X, double Y)[] points)
    {
        if (points.Length < 2) return 0;
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var den = points.Sum(p => (p.X - mx) * (p.X - mx));
        return den == 0 ? 0 : points.Sum(p => (p.X - mx) * (p.Y - my)) / den;
    }
}

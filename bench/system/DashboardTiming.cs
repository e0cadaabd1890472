using Dapper;
using Npgsql;
using Segmentation.AppHost.Tests.Dashboard;
using Segmentation.Bench.Portfolio;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Hosting;

namespace Segmentation.Bench.System;

/// <summary>bench/dashboard.sh (issue 15): the dashboard in headless Chromium (the tests' browser) against the
/// bench system, as an admin (every client) and as the CSE with the most clients, at 1400 and 390 px.</summary>
public static class DashboardTiming
{
    public sealed record Options(int Clients, int Events, int Runs, string Output, string Suffix);

    private static readonly int[] Widths = [1400, 390];

    public static async Task RunAsync(Options o)
    {
        var report = new Report();
        var machine = await Machine.DescribeAsync(PostgresBinaries.Directory());
        await using var system = await BenchSystem.StartAsync(o.Clients, o.Events, Benchmark.AsOf, report.Log);
        var cse = system.Data.Clients.GroupBy(c => c.Cse).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var users = new (string Name, string Token)[]
        {
            ($"admin ({system.Data.Clients.Count:N0} clients)", system.Token),
            ($"{cse.Key} ({cse.Count():N0} clients)", system.Issuer.Issue("bench-cse", Roles.Cse, cse.Key)),
        };
        string eventCode;
        await using (var connection = new NpgsqlConnection(system.ConnectionString))
            eventCode = await connection.QuerySingleAsync<string>("SELECT event_code FROM segmentation_event_types ORDER BY event_code LIMIT 1");
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            // Warm-up (not counted): the services' hot paths reach tier-1 JIT, as on a server that has been up a while.
            report.Log("warm-up visits …");
            foreach (var (_, token) in users) await DashboardVisit.RunAsync(browser, system.Processes.GatewayUrl, token, Widths[0], 0, new DashboardFigures("warm-up"), eventCode);
            var columns = users.SelectMany(u => Widths.Select(w => (u.Token, Width: w, Figures: new DashboardFigures($"{u.Name}, {w} px")))).ToList();
            // Runs interleaved across the columns, so a busy minute on the shared machine does not land on one column only.
            for (var run = 0; run < o.Runs; run++)
            {
                foreach (var c in columns)
                {
                    report.Log($"run {run + 1}/{o.Runs}: {c.Figures.Column}");
                    await DashboardVisit.RunAsync(browser, system.Processes.GatewayUrl, c.Token, c.Width, run, c.Figures, eventCode);
                }
            }
            await DashboardReport.WriteAsync(report, machine, system, browser.Version, o, columns.Select(c => c.Figures).ToList());
            Console.WriteLine($"written to {await report.SaveAsync(o.Output, "-dashboard" + o.Suffix)}");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}

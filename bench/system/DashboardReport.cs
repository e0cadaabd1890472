using Segmentation.Bench.Portfolio;

namespace Segmentation.Bench.System;

/// <summary>bench/results/DATE-dashboard.md: the machine, the data set, how each figure is read, and one
/// column per user and width with the median and max over the runs.</summary>
public static class DashboardReport
{
    public static async Task WriteAsync(Report report, IReadOnlyList<string> machine, BenchSystem system, string chromium,
        DashboardTiming.Options o, IReadOnlyList<DashboardFigures> columns)
    {
        var year = DataGenerator.Year;
        report.Line($"# Dashboard timing {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.Line();
        foreach (var line in machine) report.Line($"- {line}");
        report.Line($"- Load average when the run ended: {await Tool.LoadAverageAsync()}");
        report.Line($"- Command: `{$"bench/dashboard.sh {string.Join(' ', Environment.GetCommandLineArgs().Skip(2))}".TrimEnd()}`");
        report.Line($"- Data set (bench/portfolio's generator, loaded with COPY): {system.Data.Clients.Count:N0} clients, " +
                    $"{system.Data.Events.Count:N0} events over {year - 1}–{year}; the dashboard opened on {year} (`/segmentation/?year={year}`)");
        report.Line("- System: the bench system (scratch durable PostgreSQL, the four services as Release processes in the Testing environment, " +
                    "log level Warning, rate limits lifted), all on this machine with the browser");
        report.Line($"- Browser: headless Chromium {chromium} (/usr/bin/chromium, the one the tests drive) through Playwright; " +
                    "signed in by a bearer token sent as an extra HTTP header (decisions.md, \"dashbench\"); each visit a fresh context (cold HTTP cache)");
        report.Line($"- Runs: {o.Runs} visits per column after one uncounted warm-up visit per user; 3 panel opens, 2 year switches, 1 live change and 3 search keystrokes per visit");
        report.Line();
        report.Line("How each figure is read (all from the browser's own clock, `performance.now()` time base):");
        report.Line("- *First contentful paint*: the `first-contentful-paint` entry; *first clients on screen*: the page's own `clients-shown` mark " +
                    "(set when the first page of cards is rendered) — both as in tests/AppHost.Tests/Dashboard/TimingTests, ms after navigation start.");
        report.Line("- *(first portfolio page …)*: the resource entry of the first `GET /api/compliance`: when it was sent (after the page's modules, " +
                    "`/api/me` and `/api/segments`) and how long its answer took (the services' share of *first clients on screen*).");
        report.Line("- *All clients loaded*: a MutationObserver installed before the page's scripts sees the last portfolio page rendered " +
                    "(cards shown, the loading status gone, the CSE filter filled).");
        report.Line("- *Panel open*: from the click event's timestamp to the DOM change that shows the panel's header and forecast " +
                    "(TimingTests waits for the same `#forecast`); *REST calls*: the fetch resource entries that started in between.");
        report.Line("- *Year switch*: from the `change` event's timestamp to the other year's first cards (and to its last page).");
        report.Line("- *Another user's change*: a completed event logged for the first card's client through the API (a fetch from the page, " +
                    "so its answer is on the browser's clock), to the page's cards re-rendered after the live push (`/api/live`) and the page's refetch.");
        report.Line("- *Search keystroke*: from the `input` event's timestamp to the DOM change that shows only matching cards (the filter and sort run in the page over every client).");
        report.Line("- *Long tasks*: PerformanceObserver `longtask` entries (> 50 ms on the main thread).");
        report.Line("- *JS heap*: `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage` (DevTools protocol); *DOM nodes*: `Memory.getDOMCounters`.");
        report.Line();
        report.Line("Each cell: median / max over the runs, in ms unless the figure says otherwise.");
        report.Line();
        var names = columns.SelectMany(c => c.Names).Distinct().ToList();
        report.Table(["figure", .. columns.Select(c => c.Column)], names.Select(n => new[] { n }.Concat(columns.Select(c => c.Cell(n))).ToArray()));
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Npgsql;
using Segmentation.Bench.Import;
using Segmentation.Bench.Portfolio;
using Segmentation.Faults.Processes;
using Segmentation.TestSupport;
using Segmentation.ServiceDefaults.Hosting;

namespace Segmentation.Bench.System;

/// <summary>Each figure next to its baseline, both measured in this run on this machine.</summary>
public static class Benchmark
{
    public static readonly DateOnly AsOf = new(DataGenerator.Year, 11, 27);

    public sealed record Options(int Clients, int Events, int Runs, int Connections, int Threads, TimeSpan Duration, int ImportRows, string Output, string Suffix);

    public static async Task RunAsync(Options o)
    {
        var report = new Report();
        var bin = PostgresBinaries.Directory();
        var machine = await Machine.DescribeAsync(bin);
        await using var system = await BenchSystem.StartAsync(o.Clients, o.Events, AsOf, report.Log);
        using var http = new HttpClient { BaseAddress = system.Processes.GatewayUrl, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", system.Token);
        var rows = new List<string[]>();
        var year = DataGenerator.Year;
        var asOf = AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // 1. Portfolio compliance for one year: every page through the gateway vs one SQL statement vs a bare GROUP BY.
        report.Log("portfolio …");
        var cpu = new Dictionary<string, Dictionary<string, double>>();
        Dictionary<string, double> CpuNow() => CpuMeter.Read(system.Processes.All.Select(s => (s.Project, s.ProcessId)), system.Postgres.ProcessId);
        Dictionary<string, int> sqlScores = [];
        var cpuStart = CpuNow();
        var view = await Measure.MedianAsync(o.Runs, async () => sqlScores = (await SqlBaseline.RunAsync(system.ConnectionString, SqlBaseline.PortfolioView, AsOf)).Scores);
        // CPU per portfolio (the warm-up run included, so runs + 1): steadier than wall time on a shared machine.
        cpu["portfolio SQL statement (ms per run)"] = CpuMeter.PerRequest(cpuStart, CpuNow(), o.Runs + 1);
        var bare = await Measure.MedianAsync(o.Runs, () => SqlBaseline.RunAsync(system.ConnectionString, SqlBaseline.BareGroupBy, AsOf));
        Dictionary<string, int> gatewayScores = [];
        // The services started seconds ago: without a longer warm-up the measured runs still execute tier-0
        // (unoptimised, instrumented) code; measured 6.0 s of CPU per portfolio after 1 warm-up run vs
        // 1.4 s once warm. 4 more portfolios (80 pages) get the hot methods to tier 1 first.
        for (var i = 0; i < 4; i++) await PortfolioAsync(http, year, asOf);
        cpuStart = CpuNow();
        var portfolio = await Measure.MedianAsync(o.Runs, async () => gatewayScores = await PortfolioAsync(http, year, asOf));
        cpu["portfolio via the gateway (ms per run)"] = CpuMeter.PerRequest(cpuStart, CpuNow(), o.Runs + 1);
        var (portfolioCpu, viewCpu) = (cpu["portfolio via the gateway (ms per run)"].Values.Sum(), cpu["portfolio SQL statement (ms per run)"]["PostgreSQL"]);
        var differences = gatewayScores.Count(s => sqlScores.GetValueOrDefault(s.Key, -1) != s.Value) + Math.Abs(sqlScores.Count - gatewayScores.Count);
        rows.Add(["Portfolio compliance, one year, all pages of 500 via the gateway (median of " + o.Runs + ")", Ms(portfolio),
            "one SQL statement (reporting view: events × requirements, MAX across periods)", Ms(view), $"{portfolio / view:0.0}× slower"]);
        rows.Add(["(same)", Ms(portfolio), "bare `GROUP BY` count of the window's completed events", Ms(bare), $"{portfolio / bare:0.0}× slower"]);
        rows.Add(["(same, CPU of all processes per run)", $"{portfolioCpu:N0} ms", "the SQL statement's CPU (PostgreSQL, parallel workers included)", $"{viewCpu:N0} ms", $"{portfolioCpu / Math.Max(1, viewCpu):0.0}×"]);
        report.Log($"portfolio {Ms(portfolio)} vs SQL {Ms(view)} vs GROUP BY {Ms(bare)}; {gatewayScores.Count:N0} clients, {differences} score differences");

        // 2. Single-client compliance requests per second vs /alive: same tool, connections, threads and duration.
        report.Log("single-client compliance vs /alive (wrk) …");
        async Task<Wrk.Result> MeteredAsync(Func<Task<Wrk.Result>> run)
        {
            var before = CpuMeter.Read(system.Processes.All.Select(s => (s.Project, s.ProcessId)), system.Postgres.ProcessId);
            var result = await run();
            cpu[result.Label] = CpuMeter.PerRequest(before, CpuMeter.Read(system.Processes.All.Select(s => (s.Project, s.ProcessId)), system.Postgres.ProcessId), result.Requests);
            return result;
        }
        var alive = await MeteredAsync(() => Wrk.RunAsync("alive", system.Processes.GatewayUrl, Wrk.Get("/alive"), o.Connections, o.Threads, o.Duration, system.Token));
        var single = await MeteredAsync(() => Wrk.RunAsync("compliance", system.Processes.GatewayUrl, Wrk.ClientCompliance(o.Clients, year, asOf), o.Connections, o.Threads, o.Duration, system.Token));
        rows.Add([$"GET /api/compliance/{{client}} (wrk, {o.Connections} connections, {o.Duration.TotalSeconds:0} s)", Rps(single),
            "GET /alive, same wrk settings", Rps(alive), $"{single.RequestsPerSecond / alive.RequestsPerSecond:P1} of /alive"]);

        // 2b. The read's floor: its own SQL alone under pgbench (what PostgreSQL must do per read, warm caches).
        report.Log("read floor (pgbench, the read's SQL) …");
        var readStart = CpuNow();
        var readFloor = await PgBench.RunAsync(bin, system.Postgres.Port, o.Connections, o.Threads, o.Duration, ReadFloorScript.Build(),
            ["-M", "prepared", "-D", $"clients={o.Clients}"]); // the services prepare these statements
        cpu["read floor: its SQL alone (pgbench)"] = CpuMeter.PerRequest(readStart, CpuNow(), readFloor.Transactions);
        rows.Add(["(same)", Rps(single), $"the read's own SQL alone under pgbench, {o.Connections} clients: Requirements' three assessment-input " +
            "statements (one pipeline; the matrix is cached) and Events' year count, prepared", Tps(readFloor), OfFloor(single, readFloor)]);

        // 3. Durable schedule-event requests per second vs pgbench single-row inserts at the same concurrency.
        report.Log("schedule vs pgbench …");
        var before = await CountAsync(system.ConnectionString, "SELECT count(*) FROM segmentation_events");
        var schedule = await MeteredAsync(() => Wrk.RunAsync("schedule", system.Processes.GatewayUrl, Wrk.Schedule(o.Clients, o.Threads, $"bench{DateTime.UtcNow:HHmmss}"),
            o.Connections, o.Threads, o.Duration, system.Token));
        var stored = await CountAsync(system.ConnectionString, "SELECT count(*) FROM segmentation_events") - before;
        var pgbench = await PgBench.InsertAsync(bin, system.Postgres.Port, o.Connections, o.Threads, o.Duration);
        rows.Add([$"POST /api/events/schedule, durable (wrk, {o.Connections} connections, {o.Duration.TotalSeconds:0} s)", Rps(schedule),
            $"pgbench single-row INSERT, {o.Connections} clients, same server", $"{pgbench.Tps:N0} tx/s", $"{schedule.RequestsPerSecond / pgbench.Tps:P1} of pgbench"]);
        report.Log($"schedule: {schedule.Requests:N0} requests, {schedule.Non2xx} non-2xx, {stored:N0} events stored");

        // 3b. The schedule's floor: its own SQL alone under pgbench (same server, connections, threads, duration), then
        // without the change feed's lock + NOTIFY: what the serialised tail of every write costs.
        report.Log("schedule floor (pgbench, the schedule's SQL) …");
        async Task<PgBench.Result> FloorAsync(string label, bool feedLock, int run)
        {
            var start = CpuNow();
            var result = await ScheduleFloor.MeasureAsync(bin, system.Postgres.Port, system.ConnectionString, o.Clients,
                o.Connections, o.Threads, o.Duration, feedLock, run);
            cpu[label] = CpuMeter.PerRequest(start, CpuNow(), result.Transactions);
            return result;
        }
        var scheduleFloor = await FloorAsync("schedule floor: its SQL alone (pgbench)", feedLock: true, run: 0);
        var unlockedFloor = await FloorAsync("schedule floor without the feed's lock + NOTIFY", feedLock: false, run: 1);
        var floors = new[] { scheduleFloor, unlockedFloor };
        rows.Add(["(same)", Rps(schedule),
            $"the schedule's own SQL alone under pgbench, {o.Connections} clients: its 2 round trips (BEGIN, request key, INSERT with its indexes and foreign key, " +
            "change-feed row with the feed's advisory lock and NOTIFY, key read; answer UPDATE, COMMIT), prepared", Tps(scheduleFloor), OfFloor(schedule, scheduleFloor)]);
        rows.Add(["(same)", Rps(schedule), "the same without the change feed's advisory lock + NOTIFY (the feed row still written)", Tps(unlockedFloor), OfFloor(schedule, unlockedFloor)]);
        report.Log($"schedule floor {Tps(scheduleFloor)}, without the feed lock {Tps(unlockedFloor)}");

        // 4. 100,000-row import through the gateway vs psql \copy of the same file.
        report.Log("import vs psql \\copy …");
        var import = await ImportAsync(http, system, bin, o.ImportRows);
        rows.Add([$"POST /api/events/import, {o.ImportRows:N0} CSV rows (validated, one transaction, change feed)", $"{import.Gateway.TotalSeconds:0.00} s",
            "psql \\copy of the same file into a scratch table", $"{import.Copy.TotalSeconds:0.00} s", $"{import.Gateway / import.Copy:0.0}× slower"]);
        var floor = await ImportFloor.MeasureAsync(system.ConnectionString, o.ImportRows);
        rows.Add(["(same)", $"{import.Gateway.TotalSeconds:0.00} s",
            "the import's SQL alone: binary COPY into a temp table + INSERT … SELECT into segmentation_events (its indexes, foreign key) + change feed, rolled back",
            $"{floor.TotalSeconds:0.00} s", $"{import.Gateway / floor:0.0}× slower (the floor is {floor / import.Copy:0.0}× \\copy)"]);

        var memory = system.Processes.All.ToDictionary(s => s.Project, s => s.Memory());
        var loadAtEnd = await Tool.LoadAverageAsync();

        report.Line($"# Benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.Line();
        foreach (var line in machine) report.Line($"- {line}");
        report.Line($"- Load average when the run ended: {loadAtEnd}");
        report.Line($"- Command: `bench/run.sh {string.Join(' ', Environment.GetCommandLineArgs().Skip(2))}`");
        report.Line($"- Data set (bench/portfolio's generator, loaded with COPY): {system.Data.Clients.Count:N0} clients over six segments, " +
                    $"{system.Data.Clients.Count(c => c.Periods.Count > 1):N0} with a segment change in {year}, {system.Data.Events.Count:N0} events over {year - 1}–{year} " +
                    $"({100.0 * system.Data.Events.Count(e => e.Completed) / system.Data.Events.Count:0} % completed); asOf {asOf}");
        report.Line("- PostgreSQL: a scratch server on a free loopback port with fsync, full_page_writes and synchronous_commit on (durable); " +
                    "services: Release builds, each its own process, Testing environment (Production plus the test token issuer the bench signs with), log level Warning; the gateway's write rate limit lifted for the run.");
        report.Line();
        report.Table(["figure", "value", "baseline (same run)", "baseline value", "ratio"], rows);
        report.Line($"Portfolio scores via the gateway compared with the SQL statement: {gatewayScores.Count:N0} clients, **{differences} differences**.");
        report.Line();
        report.Line("wrk details:");
        report.Table(["run", "requests", "req/s", "non-2xx", "socket errors", "p50", "p99", "load avg after"],
            new[] { alive, single, schedule }.Select(w => new[] { w.Label, w.Requests.ToString("N0"), w.RequestsPerSecond.ToString("N0"), w.Non2xx.ToString("N0"), w.SocketErrors.ToString("N0"), w.P50, w.P99, w.LoadAverage }));
        report.Line("CPU time per request (ms; the two portfolio rows: ms per whole portfolio of all pages; user + system from /proc, all processes of the system; it also grows when the machine is busy, so compare runs with similar load averages):");
        var names = cpu["alive"].Keys.ToArray();
        report.Table(["run", .. names, "total"], cpu.Select(c => new[] { c.Key }.Concat(names.Select(n => $"{c.Value[n]:0.00}")).Append($"{c.Value.Values.Sum():0.00}").ToArray()));
        report.Line("The schedule-floor rows are per pgbench transaction. pgbench calls no service: what the services spend during the rows with the feed's NOTIFY " +
                    "is the change feed's consumers at work (Events reads the feed after each NOTIFY for Compliance's WatchChanges stream), and PostgreSQL's column includes those reads.");
        report.Line();
        report.Line($"Schedule: {stored:N0} events stored for {schedule.Requests:N0} requests ({schedule.Non2xx:N0} non-2xx). pgbench: {pgbench.Transactions:N0} transactions, {pgbench.Failed:N0} failed. " +
                    $"Schedule floor (pgbench, committed): {string.Join(" / ", floors.Select(f => $"{f.Transactions:N0} transactions, {f.Failed:N0} failed"))} (its SQL / without the feed's lock + NOTIFY).");
        report.Line($"Import: {import.Inserted:N0} rows inserted, {import.Duplicates:N0} duplicates, {import.Rejected:N0} rejected.");
        report.Line();
        report.Line("Peak RSS of each service over the whole run (VmHWM), and RSS at the end (VmRSS):");
        report.Table(["service", "peak RSS", "RSS at end"], memory.Select(m => new[] { m.Key, $"{m.Value.PeakRssMiB:N0} MiB", $"{m.Value.RssMiB:N0} MiB" }));
        var path = await report.SaveAsync(o.Output, o.Suffix);
        Console.WriteLine($"written to {path}");
    }

    private static async Task<Dictionary<string, int>> PortfolioAsync(HttpClient http, int year, string asOf)
    {
        var scores = new Dictionary<string, int>();
        var token = "";
        do
        {
            using var response = await http.GetAsync($"/api/compliance?year={year}&asOf={asOf}&pageSize=500&pageToken={Uri.EscapeDataString(token)}");
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            foreach (var c in json.RootElement.GetProperty("clients").EnumerateArray())
                scores[c.GetProperty("clientName").GetString()!] = c.GetProperty("overallScore").GetInt32();
            token = json.RootElement.GetProperty("nextPageToken").GetString() ?? "";
        } while (token != "");
        return scores;
    }

    private sealed record ImportResult(TimeSpan Gateway, TimeSpan Copy, long Inserted, long Duplicates, long Rejected);

    private static async Task<ImportResult> ImportAsync(HttpClient http, BenchSystem system, string bin, int rows)
    {
        var clients = RegisterGenerator.ClientNames(400);
        await using (var connection = new NpgsqlConnection(system.ConnectionString))
        {
            await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) SELECT unnest(@clients), 'Maintain', 'Bench'", new { clients });
            await connection.ExecuteAsync("CREATE TABLE import_scratch (client text, event text, date text, completed text, notes text)");
        }
        var file = Path.Combine(Path.GetTempPath(), $"bench-import-{rows}.csv");
        RegisterGenerator.Write(file, rows, clients);
        try
        {
            var watch = Stopwatch.StartNew();
            using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var response = await http.PostAsync("/api/events/import", content);
            var body = await response.Content.ReadAsStringAsync();
            var gateway = watch.Elapsed;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Import answered {(int)response.StatusCode}: {body[..Math.Min(500, body.Length)]}");
            using var json = JsonDocument.Parse(body);
            var inserted = json.RootElement.GetProperty("inserted").GetInt64();
            var duplicates = json.RootElement.GetProperty("duplicates").GetInt64();
            var rejected = json.RootElement.GetProperty("rejected").GetArrayLength();

            watch.Restart();
            await Tool.RunAsync(Path.Combine(bin, "psql"), ["-h", "127.0.0.1", "-p", system.Postgres.Port.ToString(), "-U", "postgres", "-d", "segmentation",
                "-v", "ON_ERROR_STOP=1", "-c", $"\\copy import_scratch FROM '{file}' WITH (FORMAT csv, HEADER true)"], TimeSpan.FromMinutes(5));
            return new ImportResult(gateway, watch.Elapsed, inserted, duplicates, rejected);
        }
        finally { File.Delete(file); }
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:N0} ms";

    private static string Rps(Wrk.Result r) => $"{r.RequestsPerSecond:N0} req/s";

    private static string Tps(PgBench.Result r) => $"{r.Tps:N0} tx/s";

    private static string OfFloor(Wrk.Result r, PgBench.Result floor) => $"{r.RequestsPerSecond / floor.Tps:P1} of the floor";
}

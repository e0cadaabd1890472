using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace Segmentation.Bench.System;

/// <summary>pgbench with a one-statement script: a single-row INSERT shaped like an event row into a
/// scratch table, each its own (durable) transaction. The floor of what one durable write costs here.</summary>
public static partial class PgBench
{
    public sealed record Result(double Tps, long Transactions, long Failed);

    public static async Task<Result> InsertAsync(string bin, int port, int clients, int threads, TimeSpan duration)
    {
        var connectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=segmentation";
        await using (var connection = new NpgsqlConnection(connectionString))
            await connection.ExecuteAsync("""
                DROP TABLE IF EXISTS bench_single_insert;
                CREATE TABLE bench_single_insert (
                    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), client_name varchar(255) NOT NULL, event_type_id uuid NOT NULL,
                    event_date date NOT NULL, completed boolean NOT NULL DEFAULT false, source varchar(50) NOT NULL DEFAULT 'pgbench',
                    created_by varchar(255), created_at timestamptz NOT NULL DEFAULT now())
                """);
        return await RunAsync(bin, port, clients, threads, duration, """
            \set c random(1, 10000)
            \set d random(0, 1000)
            INSERT INTO bench_single_insert (client_name, event_type_id, event_date, created_by) VALUES ('Client ' || lpad(:c::text, 5, '0'), 'ff6b28a6-9204-4bba-a55a-89100e3b5775', date '2028-01-01' + :d, 'pgbench');
            """, []);
    }

    /// <summary>Runs <paramref name="scriptText"/> as a pgbench custom script (-n: no vacuum of pgbench's own tables)
    /// with <paramref name="options"/> added (-M, -D …).</summary>
    public static async Task<Result> RunAsync(string bin, int port, int clients, int threads, TimeSpan duration, string scriptText,
        IEnumerable<string> options)
    {
        var script = Path.Combine(Path.GetTempPath(), $"pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, scriptText);
        try
        {
            var output = await Tool.RunAsync(Path.Combine(bin, "pgbench"),
                ["-n", "-h", "127.0.0.1", "-p", port.ToString(), "-U", "postgres", "-c", clients.ToString(), "-j", threads.ToString(),
                 "-T", ((int)duration.TotalSeconds).ToString(), .. options, "-f", script, "segmentation"],
                duration + TimeSpan.FromSeconds(60));
            return new Result(
                double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(Processed().Match(output).Groups[1].Value),
                Failed().Match(output) is { Success: true } f ? long.Parse(f.Groups[1].Value) : 0);
        }
        finally { File.Delete(script); }
    }

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")] private static partial Regex Tps();
    [GeneratedRegex(@"number of transactions actually processed: (\d+)")] private static partial Regex Processed();
    [GeneratedRegex(@"number of failed transactions: (\d+)")] private static partial Regex Failed();
}

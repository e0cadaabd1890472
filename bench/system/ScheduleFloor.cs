using Dapper;
using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Bench.System;

/// <summary>The floor of one durable schedule (issue 13): pgbench running the schedule's own SQL
/// (<see cref="ScheduleFloorScript"/>) on the run's server, at the wrk run's connections, threads and duration,
/// committed (durable, like the service's). Its constant values are those of a schedule the service just wrote
/// (operation, fingerprint, stored answer, event type, source, created_by); each transaction gets a new request id
/// and a new (client, type, date) among the data set's clients, so nothing conflicts.</summary>
public static class ScheduleFloor
{
    private sealed record Sample(string Operation, byte[] Fingerprint, byte[] Response, Guid Type, string Source, string CreatedBy);

    /// <param name="run">Keeps this measurement's request ids and dates apart from the others' (0, 1).</param>
    public static async Task<PgBench.Result> MeasureAsync(string bin, int port, string connectionString, int clients,
        int connections, int threads, TimeSpan duration, bool withFeedLock, int run)
    {
        Sample sample;
        await using (var connection = new NpgsqlConnection(connectionString))
            sample = await connection.QuerySingleOrDefaultAsync<Sample>("""
                SELECT k.operation, k.fingerprint, k.response, e.event_type_id AS type, e.source, e.created_by AS createdby
                FROM segmentation_event_request_keys k JOIN segmentation_events e ON e.id = k.event_id
                WHERE k.operation = 'schedule' AND k.response IS NOT NULL ORDER BY k.created_at DESC LIMIT 1
                """) ?? throw new InvalidOperationException("No schedule with a stored answer to take the floor's values from.");
        var v7 = Guid.CreateVersion7().ToString();
        string[] options =
        [
            "-M", "prepared", // the service prepares these statements (EventWriter: WriteSession prepared: true)
            "-D", "i=0", "-D", $"connections={connections}", "-D", $"clients={clients}",
            "-D", $"key_prefix=floor{run}-{DateTime.UtcNow:HHmmss}-", "-D", $"id_prefix={v7[..24]}",
            // Years no schedule of the run uses (wrk's start in 2028), one per measurement.
            "-D", $"first_date={2031 + 4 * run}-01-01",
            "-D", $"operation={sample.Operation}", "-D", $"fingerprint=\\x{Convert.ToHexString(sample.Fingerprint)}",
            "-D", $"response=\\x{Convert.ToHexString(sample.Response)}", "-D", $"type={sample.Type}",
            "-D", $"source={sample.Source}", "-D", $"created_by={sample.CreatedBy}", "-D", $"feed_kind={ChangeKind.Created}",
        ];
        return await PgBench.RunAsync(bin, port, connections, threads, duration, ScheduleFloorScript.Build(withFeedLock), options);
    }
}

using System.Reflection;
using Segmentation.Events.Data;

namespace Segmentation.Bench.System;

/// <summary>The pgbench script of the schedule floor: per transaction, the SQL Events sends for one schedule of a new
/// event with a request id (src/Events.Service/Data/EventWriter.ScheduleAsync), in the same two round trips
/// (WriteSession: BEGIN travels with the first batch, COMMIT with the last; a pgbench pipeline is one Npgsql batch).
/// The statement texts are read from the service, not copied, so the floor follows the service when its SQL changes.</summary>
public static class ScheduleFloorScript
{
    /// <summary>pgbench stand-ins for the service's parameters. Each gets the type TypedParameters gives it (pgbench sends
    /// untyped text). NULLs and the empty attendees array are literals: pgbench variables cannot be NULL. The values are
    /// those of the bench's schedule requests (no notes, link, location, completion; a new event).</summary>
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["request_id"] = RequestId, ["find_id"] = RequestId, ["record_id"] = RequestId,
        ["operation"] = ":operation::text", ["fingerprint"] = ":fingerprint::bytea", ["record_response"] = ":response::bytea",
        ["id"] = EventId, ["request_event"] = EventId,
        ["client"] = Client, ["record_client"] = Client,
        ["type"] = ":type::uuid", ["date"] = "(:first_date::date + :day::int)",
        ["completedDate"] = "NULL::date", ["notes"] = "NULL::text", ["link"] = "NULL::text", ["location"] = "NULL::text",
        ["attendees"] = "'{}'::text[]", ["source"] = ":source::text", ["createdBy"] = ":created_by::text",
        ["feed_kind"] = ":feed_kind::text", ["feed_previous"] = "NULL::date",
    };

    // Distinct per transaction: g numbers this pgbench client's transactions (g = i × connections + client_id).
    private const string RequestId = "(:key_prefix::text || :g::text)";
    private const string Client = "('Client ' || lpad(:client::text, 5, '0'))"; // bench/portfolio's client names
    // Time-ordered like Guid.CreateVersion7 in ScheduleGrpcService: a v7 prefix taken at the start, then g.
    private const string EventId = "(:id_prefix::text || lpad(to_hex(:g::bigint), 12, '0'))::uuid";

    /// <param name="withFeedLock">false: the same statements without the change feed's advisory lock and NOTIFY
    /// (the feed row is still written), to price the serialised tail of every write.</param>
    public static string Build(bool withFeedLock)
    {
        var schedule = ScheduleStatement();
        if (!withFeedLock) schedule = WithoutFeedLock(schedule);
        return $"""
            \set g :i * :connections + :client_id
            \set i :i + 1
            \set client :g % :clients + 1
            \set day :g / :clients
            \startpipeline
            BEGIN;
            {Pg(schedule)};
            {Pg(RequestKeys.Find("").CommandText)};
            \endpipeline
            \startpipeline
            {Pg(RequestKeys.Record(new RequestClaim("", "", [], _ => []), Placeholder).CommandText)};
            COMMIT;
            \endpipeline

            """;
    }

    /// <summary>EventWriter's claim + insert + change-feed statement with a request key (private there: read by name,
    /// so a rename fails the bench loudly instead of measuring something else).</summary>
    private static string ScheduleStatement() =>
        typeof(EventWriter).GetField("WithKey", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as string
        ?? throw new InvalidOperationException("EventWriter.WithKey not found: update ScheduleFloorScript to the schedule's SQL.");

    /// <summary>Drops the feed_lock CTE of ChangeLog.AppendFrom and the feed insert's join to it.</summary>
    private static string WithoutFeedLock(string sql)
    {
        var lines = sql.Split('\n');
        var lockLine = lines.Single(l => l.TrimStart().StartsWith("feed_lock AS MATERIALIZED", StringComparison.Ordinal));
        var join = "FROM inserted s, feed_lock)";
        if (!sql.Contains(join, StringComparison.Ordinal)) throw new InvalidOperationException("The change feed's SQL changed: update WithoutFeedLock.");
        return string.Join('\n', lines.Where(l => l != lockLine)).Replace(join, "FROM inserted s)", StringComparison.Ordinal);
    }

    private static string Pg(string sql) => PgScript.Expressions(sql, Parameters);

    private static readonly EventRecord Placeholder = new(Guid.Empty, "", Guid.Empty, default, false, null, null, null, null, [], null, "", null,
        default, default);
}

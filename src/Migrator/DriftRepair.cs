using Dapper;
using Npgsql;
using static Segmentation.Migrator.RequirementsTable;

namespace Segmentation.Migrator;

/// <summary>Brings back what the journal says is done but the database lacks: it re-runs the guide's
/// idempotent scripts (event types 002, step 2.1 = 003, step 2.2 = 004) that are journaled, in one
/// transaction. It never deletes rows: events are untouched, the backup is kept, a table of the wrong
/// shape is renamed aside. Scripts not yet journaled are left to `up`.</summary>
public sealed class DriftRepair(string connectionString, IReadOnlyCollection<string> executed)
{
    public const string SeedEventTypes = "002_seed_event_types_and_tiers";
    public const string Step21 = "003_20251127_migrate_tier_requirements_schema";
    public const string Step22 = "004_20251127_seed_tier_requirements";
    public const string EventTracking = "005_20251127_add_event_tracking_schema";

    public async Task<RepairOutcome> RunAsync(CancellationToken ct = default)
    {
        if (!executed.Contains(SeedEventTypes)) return new(["The chain is not applied yet: nothing to repair."]);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (!await Sql.ExistsAsync(connection, tx, "segmentation_event_types"))
            return new([], "segmentation_event_types is missing: it holds the ids events refer to; restore it from a database backup.");

        var actions = new List<string>();
        // Step 2.1 runs first: it needs only the event types table, and 002 cannot run without a requirements table.
        var (shape, columns) = executed.Contains(Step21) ? await ReadAsync(connection, tx) : (Shape.Guide, []);
        if (shape == Shape.Legacy && await WhyLegacyRerunIsUnsafeAsync(connection, tx) is { } unsafeReason)
            return new([], unsafeReason);

        if (shape != Shape.Guide)
        {
            actions.Add(shape switch
            {
                Shape.Missing => $"{Name}: missing; re-created by guide step 2.1.",
                Shape.Legacy => $"{Name}: legacy shape (tier_id); re-ran guide step 2.1: its {await Sql.CountAsync(connection, tx, Name)} row(s) are now {Backup}, the table is keyed by segment.",
                _ => $"{Name}: columns ({string.Join(", ", columns)}) are not the guide's; kept as {await SetAsideAsync(connection, tx, DateTimeOffset.UtcNow)} and re-created by guide step 2.1.",
            });
            await RunAsync(connection, tx, Step21, ct);
        }

        // After step 2.1: 002's legacy-seed condition reads tier_event_requirements, which must exist.
        var typesBefore = await EventCodesAsync(connection, tx);
        await RunAsync(connection, tx, SeedEventTypes, ct);
        var restored = (await EventCodesAsync(connection, tx)).Except(typesBefore).ToArray();
        if (restored.Length > 0) actions.Add($"segmentation_event_types: restored {restored.Length} missing event type(s): {string.Join(", ", restored)}.");

        if (executed.Contains(Step22))
        {
            var rowsBefore = await Sql.CountAsync(connection, tx, Name);
            await RunAsync(connection, tx, Step22, ct);
            var inserted = await Sql.CountAsync(connection, tx, Name) - rowsBefore;
            if (inserted > 0) actions.Add($"{Name}: inserted {inserted} missing row(s) by guide step 2.2 (existing rows kept as they are).");
        }
        if (executed.Contains(EventTracking) && !await Sql.ExistsAsync(connection, tx, "segmentation_events"))
            actions.Add("segmentation_events: missing (the guide's rollback SQL was run by hand?); not re-created here: run `rollback --yes`, then `up`.");
        if (!await Sql.ExistsAsync(connection, tx, Backup))
            actions.Add($"{Backup}: missing; it cannot be rebuilt (it held the legacy rows), so verify reports it.");
        await tx.CommitAsync(ct);
        return new(actions);
    }

    private static async Task<string[]> EventCodesAsync(NpgsqlConnection connection, NpgsqlTransaction tx) =>
        (await connection.QueryAsync<string>("SELECT event_code FROM segmentation_event_types ORDER BY 1", transaction: tx)).ToArray();

    private static async Task RunAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string script, CancellationToken ct)
    {
        var sql = MigrationScripts.Migrations.Single(s => s.Name == script).Contents;
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}

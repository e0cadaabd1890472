using DbUp;
using DbUp.Engine;
using DbUp.Engine.Output;
using Npgsql;

namespace Segmentation.Migrator;

/// <summary>Applies, inspects, verifies and rolls back the versioned chain of db/.</summary>
public sealed class MigrationRunner(string connectionString, IUpgradeLog log)
{
    public const string JournalTable = "schemaversions";

    /// <summary>Applies every script not yet journaled, each in its own transaction.
    /// <paramref name="scripts"/> replaces the embedded chain (tests use it to add a broken script).</summary>
    public DatabaseUpgradeResult Up(IEnumerable<SqlScript>? scripts = null)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, log);
        return Engine(scripts ?? MigrationScripts.Migrations).PerformUpgrade();
    }

    public IReadOnlyList<string> Executed()
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, log);
        return Engine(MigrationScripts.Migrations).GetExecutedScripts();
    }

    public IReadOnlyList<string> Pending()
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, log);
        return Engine(MigrationScripts.Migrations).GetScriptsToExecute().Select(s => s.Name).ToArray();
    }

    public async Task<IReadOnlyList<VerifyResult>> VerifyAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var results = new List<VerifyResult>();
        foreach (var query in MigrationScripts.Verify)
        {
            // Each query runs on its own (no transaction), so one missing table does not hide the other checks.
            try { results.Add(new VerifyResult(query, await RowsAsync(connection, query.Sql, ct))); }
            catch (PostgresException e) { results.Add(new VerifyResult(query, [], $"{e.SqlState}: {e.MessageText}")); }
        }
        return results;
    }

    /// <summary>Re-runs the idempotent guide scripts the journal says are done (see <see cref="DriftRepair"/>).</summary>
    public async Task<RepairOutcome> RepairDriftAsync(CancellationToken ct = default) =>
        await new DriftRepair(connectionString, Executed()).RunAsync(ct);

    /// <summary>The guide's rollback plan and the journal reset, in one transaction.</summary>
    public async Task RollbackAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var script in MigrationScripts.Rollback)
        {
            log.LogInformation("Rolling back: {0}", script.Name);
            await using var command = new NpgsqlCommand(script.Contents, connection, transaction);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private UpgradeEngine Engine(IEnumerable<SqlScript> scripts) =>
        DeployChanges.To.PostgresqlDatabase(connectionString)
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .JournalToPostgresqlTable("public", JournalTable)
            .LogTo(log)
            .Build();

    private static async Task<IReadOnlyList<string>> RowsAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++) fields[i] = Convert.ToString(reader.GetValue(i)) ?? "";
            rows.Add(string.Join('\t', fields));
        }
        return rows;
    }
}

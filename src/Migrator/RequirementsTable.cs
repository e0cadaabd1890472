using Dapper;
using Npgsql;

namespace Segmentation.Migrator;

/// <summary>What shape tier_event_requirements is in, and the two safe moves on a wrong shape.</summary>
public static class RequirementsTable
{
    public enum Shape { Missing, Legacy, Guide, Damaged }

    public const string Name = "tier_event_requirements";
    public const string Backup = "tier_event_requirements_backup";

    /// <summary>The guide's Step 3 query 1 answer, in order.</summary>
    private static readonly string[] GuideColumns = ["segment", "event_type_id", "required_count_per_year", "priority_level"];

    public static async Task<(Shape Shape, IReadOnlyList<string> Columns)> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        var columns = (await connection.QueryAsync<string>("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @Name ORDER BY ordinal_position
            """, new { Name }, tx)).ToArray();
        var shape = columns.Length == 0 ? Shape.Missing
            : columns.Contains("tier_id") ? Shape.Legacy
            : columns.SequenceEqual(GuideColumns) ? Shape.Guide
            : Shape.Damaged;
        return (shape, columns);
    }

    /// <summary>Re-running step 2.1 on a legacy table replaces the backup with that table's rows. That is
    /// safe only when every backup row is among them; returns why not, or null.</summary>
    public static async Task<string?> WhyLegacyRerunIsUnsafeAsync(NpgsqlConnection connection, NpgsqlTransaction tx)
    {
        if (!await Sql.ExistsAsync(connection, tx, Backup)) return null;
        await tx.SaveAsync("legacy_guard");
        try
        {
            var lost = await connection.ExecuteScalarAsync<long>(
                $"SELECT count(*) FROM (SELECT * FROM {Backup} EXCEPT ALL SELECT * FROM {Name}) AS lost", transaction: tx);
            return lost == 0 ? null
                : $"{Name} has the legacy shape but lacks {lost} row(s) of {Backup}; re-running step 2.1 would overwrite the backup.";
        }
        catch (PostgresException e)
        {
            await tx.RollbackAsync("legacy_guard");
            return $"{Name} has the legacy shape but its columns differ from {Backup} ({e.MessageText}); re-running step 2.1 would overwrite the backup.";
        }
    }

    /// <summary>Keeps a table of the wrong shape, data and all, under another name so the guide's table
    /// can be created; its key constraint is renamed too (index names are unique per schema).</summary>
    public static async Task<string> SetAsideAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DateTimeOffset now)
    {
        var aside = $"{Name}_damaged_{now:yyyyMMddHHmmss}";
        var keys = await connection.QueryAsync<string>(
            $"SELECT conname FROM pg_constraint WHERE conrelid = '{Name}'::regclass AND contype IN ('p', 'u')", transaction: tx);
        foreach (var key in keys.Where(k => k.StartsWith(Name, StringComparison.Ordinal)))
            await connection.ExecuteAsync($"ALTER TABLE {Name} RENAME CONSTRAINT \"{key}\" TO \"{aside}_{key[Name.Length..].TrimStart('_')}\"", transaction: tx);
        await connection.ExecuteAsync($"ALTER TABLE {Name} RENAME TO \"{aside}\"", transaction: tx);
        return aside;
    }
}

using Dapper;
using Npgsql;

namespace Segmentation.Migrator.Tests;

/// <summary>The ways a database drifts from the guide's expected state, done by hand as a person would.</summary>
public static class Drift
{
    /// <summary>The guide's troubleshooting: "drop tier_event_requirements and re-run the migration".</summary>
    public const string DropRequirements = "DROP TABLE tier_event_requirements CASCADE";

    /// <summary>The guide's rollback plan, pasted into an SQL editor: the journal still says all is done.</summary>
    public const string GuideRollbackByHand = """
        DROP TABLE IF EXISTS tier_event_requirements;
        CREATE TABLE tier_event_requirements AS SELECT * FROM tier_event_requirements_backup;
        DROP TABLE IF EXISTS segmentation_events CASCADE;
        DROP TABLE IF EXISTS segmentation_event_compliance CASCADE;
        DROP TABLE IF EXISTS segmentation_compliance_scores CASCADE;
        """;

    /// <summary>An event type gone with the requirement rows that refer to it.</summary>
    public static string RemoveEventType(string code) => $"""
        DELETE FROM tier_event_requirements WHERE event_type_id = (SELECT id FROM segmentation_event_types WHERE event_code = '{code}');
        DELETE FROM segmentation_event_types WHERE event_code = '{code}';
        """;

    public const string AddEvent = """
        INSERT INTO segmentation_events (client_name, event_type_id, event_date, completed, completed_date)
        SELECT 'Kept Client', id, DATE '2026-03-02', true, DATE '2026-03-02' FROM segmentation_event_types WHERE event_code = 'INSIGHT_TP'
        """;

    public static async Task ApplyAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(sql);
    }

    public static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
    }

    public static async Task<bool> ExistsAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table });
    }
}

using Dapper;
using DbUp.Engine;
using DbUp.Engine.Output;
using Npgsql;
using Segmentation.TestSupport;

namespace Segmentation.Migrator.Tests;

public sealed class BrokenScriptTests(PostgresFixture postgres)
{
    private const string SchemaFingerprint = """
        SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, ordinal_position)
        FROM information_schema.columns WHERE table_schema = 'public'
        """;

    private const string RequirementRows = """
        SELECT string_agg(segment || '/' || event_type_id || '=' || required_count_per_year, ',' ORDER BY segment, event_type_id)
        FROM tier_event_requirements
        """;

    [Fact]
    public async Task A_script_that_fails_halfway_leaves_the_database_exactly_as_before()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        var schemaBefore = await connection.ExecuteScalarAsync<string>(SchemaFingerprint);
        var rowsBefore = await connection.ExecuteScalarAsync<string>(RequirementRows);
        var broken = new SqlScript("999_broken", """
            CREATE TABLE half_done (id int);
            UPDATE tier_event_requirements SET required_count_per_year = 0;
            INSERT INTO no_such_table VALUES (1);
            """);

        var result = new MigrationRunner(connectionString, new NoOpUpgradeLog()).Up(MigrationScripts.Migrations.Append(broken));

        Assert.False(result.Successful);
        Assert.Equal("999_broken", result.ErrorScript?.Name);
        Assert.Equal(schemaBefore, await connection.ExecuteScalarAsync<string>(SchemaFingerprint));
        Assert.Equal(rowsBefore, await connection.ExecuteScalarAsync<string>(RequirementRows));
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('half_done')::text"));
        Assert.DoesNotContain("999_broken", new MigrationRunner(connectionString, new NoOpUpgradeLog()).Executed());
    }
}

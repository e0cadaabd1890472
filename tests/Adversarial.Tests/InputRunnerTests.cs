using Npgsql;
using Segmentation.Adversarial.Tests.Running;
using Segmentation.TestSupport;

namespace Segmentation.Adversarial.Tests;

/// <summary>The suite's own checks can fail: a refused input that writes is caught and named with its
/// table; an accepted write only moves the baseline; a broken input is reported with its status.</summary>
public sealed class InputRunnerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_refused_input_that_writes_is_reported_and_an_accepted_one_is_not()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        await TestData.SeedAsync(database);
        AdversarialInput Writes(string name, Outcome outcome) => new("test", name, name, name, async () =>
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"UPDATE nps_clients SET cse = '{name}' WHERE client_name = 'WA Health'", connection);
            await command.ExecuteNonQueryAsync();
            return outcome;
        });

        var results = await InputRunner.RunAsync(
            [Writes("accepted", new Outcome("200", false, false)), Writes("refused", new Outcome("400", false, true)),
             Writes("broken", new Outcome("500", true, false))], database);

        Assert.Equal([false, true, true], results.Select(r => r.Failed));
        Assert.Equal(["nps_clients"], results[1].ChangedTables);
        Assert.Contains("refused → 400, refused but changed nps_clients", Report.Failures(results));
        Assert.Contains("broken → 500", Report.Failures(results));
    }
}

using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 13 item 6: the single-client read's four statements are prepared on the service's own pooled
/// connection (a pool of two, one held by the matrix listener, so the test reads that very session's
/// pg_prepared_statements), PostgreSQL moves to one generic plan for them, repeated reads do not prepare again,
/// the matrix is read once and then kept (MatrixCache), and the answer is the one the portfolio's unprepared
/// statements give for the same client.</summary>
public sealed class PreparedReadTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private const string OneClientText = "WHERE n.client_name = coalesce((SELECT c.client_name FROM nps_clients c WHERE c.client_name = $1)";

    private Task<Assessment> AssessAsync(string client) =>
        Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = client, Year = 2025, AsOf = "2025-11-27" }).ResponseAsync;

    [Fact]
    public async Task The_single_client_read_runs_prepared_statements_with_a_generic_plan_and_answers_as_before()
    {
        Service.WithSetting("Database:MaxPoolSize", "2");
        await CreateClientAsync("Te Whatu Ora Waikato", "Nurture", "Ben", "2024-01-01");
        await ChangeAsync("Te Whatu Ora Waikato", "Sleeping Giant", "2025-09-01", "grew");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });
        await CreateClientAsync("Barwon Health", "Maintain");

        var first = await AssessAsync("Te Whatu Ora Waikato");
        for (var i = 0; i < 8; i++) Assert.Equal(first, await AssessAsync(i % 2 == 0 ? "Waikato" : " Te Whatu Ora Waikato "));
        var warm = await PreparedAsync();
        for (var i = 0; i < 3; i++) await AssessAsync("Barwon Health");
        var missing = await Record.ExceptionAsync(() => AssessAsync("Nobody"));
        var later = await PreparedAsync();
        var portfolio = await StreamedAsync("Te Whatu Ora Waikato");

        Assert.Equal(portfolio, first);
        Assert.Equal(2, first.Periods.Count);
        Assert.Equal(StatusCode.NotFound, Assert.IsType<RpcException>(missing).StatusCode);
        // The four statements of the one-client shape, nothing of the portfolio's catch-all shape.
        Assert.Equal(4, warm.Count);
        Assert.Equal(3, warm.Count(s => s.Statement.Contains(OneClientText, StringComparison.Ordinal)));
        Assert.Single(warm, s => s.Statement.Contains("FROM tier_event_requirements r", StringComparison.Ordinal));
        Assert.DoesNotContain(warm, s => s.Statement.Contains("IS NULL OR", StringComparison.Ordinal));
        // Nine reads ran each client statement nine times, and PostgreSQL stopped planning them per execution;
        // the matrix was read by the first only.
        var (matrix, client) = (warm.Single(s => s.Statement.Contains("FROM tier_event_requirements r", StringComparison.Ordinal)),
            warm.Where(s => s.Statement.Contains(OneClientText, StringComparison.Ordinal)).ToList());
        Assert.Equal(1, matrix.GenericPlans + matrix.CustomPlans);
        Assert.All(client, s => Assert.Equal(9, s.GenericPlans + s.CustomPlans));
        Assert.All(client, s => Assert.True(s.GenericPlans >= 4, $"{s.GenericPlans} generic plans: {s.Statement}"));
        // Four more reads (one of a client that does not exist) reused the same prepared statements: no new prepare.
        Assert.Equal(warm.Select(s => (s.Name, s.PreparedAt)), later.Select(s => (s.Name, s.PreparedAt)));
        Assert.All(later.Where(s => s.Name != matrix.Name), s => Assert.Equal(13, s.GenericPlans + s.CustomPlans));
        Assert.Equal(1, later.Single(s => s.Name == matrix.Name) is var m ? m.GenericPlans + m.CustomPlans : -1);
    }

    private async Task<Assessment> StreamedAsync(string client)
    {
        using var call = Admin.StreamAssessments(new StreamAssessmentsRequest { Year = 2025, AsOf = "2025-11-27", ClientNames = { client } });
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
        return call.ResponseStream.Current;
    }

    /// <summary>The prepared statements of the service's one pooled connection, in name order.</summary>
    private async Task<List<PreparedStatement>> PreparedAsync()
    {
        await using var connection = await Service.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT name, statement, prepare_time, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var statements = new List<PreparedStatement>();
        while (await reader.ReadAsync())
            statements.Add(new PreparedStatement(reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.GetInt64(3), reader.GetInt64(4)));
        return statements;
    }

    private sealed record PreparedStatement(string Name, string Statement, DateTime PreparedAt, long GenericPlans, long CustomPlans);
}

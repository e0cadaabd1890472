using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Data;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 12: the Npgsql pool maximum comes from Database:MaxPoolSize, and the startup check
/// compares the budget with the server's max_connections (300 on the test server) without failing the start.</summary>
public sealed class ConnectionBudgetTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    [Fact]
    public async Task The_configured_pool_maximum_is_honoured()
    {
        Service.WithSetting("Database:MaxPoolSize", "2");
        var dataSource = Service.Services.GetRequiredService<NpgsqlDataSource>();

        // The matrix listener holds one of the two while it listens; opens beyond the maximum wait and fail.
        var opened = new List<NpgsqlConnection>();
        while (true)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try { opened.Add(await dataSource.OpenConnectionAsync(wait.Token)); }
            catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException) { break; }
        }
        var onServer = await ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        foreach (var connection in opened) await connection.DisposeAsync();

        Assert.InRange(opened.Count, 1, 2);
        Assert.Equal(2, onServer);
        Assert.Equal(2, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public async Task The_default_budget_fits_and_an_oversized_one_is_reported_without_stopping_the_service()
    {
        var fits = await CheckedAsync(Service);
        await using var oversized = new ServiceFactory<RequirementsServiceMarker>(ConnectionString).WithSetting("Database:MaxPoolSize", "1000");

        Assert.True(fits);
        Assert.False(await CheckedAsync(oversized));
        var types = await new RequirementsService.RequirementsServiceClient(oversized.Channel(TestAuth.Admin))
            .ListEventTypesAsync(new ListEventTypesRequest());
        Assert.NotEmpty(types.EventTypes);
    }

    private static async Task<bool> CheckedAsync(ServiceFactory<RequirementsServiceMarker> service)
    {
        var check = service.Services.GetRequiredService<ConnectionBudgetCheck>();
        for (var i = 0; i < 100 && check.Fits is null; i++) await Task.Delay(100);
        return check.Fits ?? throw new TimeoutException("The budget check never ran.");
    }
}

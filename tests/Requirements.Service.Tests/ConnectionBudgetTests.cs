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

        await using var first = await dataSource.OpenConnectionAsync();
        await using var second = await dataSource.OpenConnectionAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var third = await Record.ExceptionAsync(async () => await dataSource.OpenConnectionAsync(wait.Token));

        Assert.NotNull(third);
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

using Dapper;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class ResolveClientsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ServiceFactory<RequirementsServiceMarker> _service = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.ExecuteAsync(
                "INSERT INTO nps_clients (client_name, segment, cse) VALUES ('Barwon Health', 'Maintain', 'Ana'), ('WA Health', 'Sleeping Giant', 'Ben')");
        }
        _service = new ServiceFactory<RequirementsServiceMarker>(connectionString);
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    private async Task<ResolveClientsResponse> Resolve(string token, params string[] names)
    {
        var request = new ResolveClientsRequest();
        request.Names.Add(names);
        return await new RequirementsService.RequirementsServiceClient(_service.Channel(token)).ResolveClientsAsync(request);
    }

    [Fact]
    public async Task An_admin_resolves_trimmed_names_and_unknown_ones_are_not_found()
    {
        var response = await Resolve(TestAuth.Admin, "  Barwon Health ", "Nobody");

        Assert.True(response.Clients[0].Found);
        Assert.Equal(("Barwon Health", "Maintain", "Ana"), (response.Clients[0].Name, response.Clients[0].Segment, response.Clients[0].Cse));
        Assert.False(response.Clients[1].Found);
    }

    [Fact]
    public async Task A_cse_does_not_see_another_cses_client()
    {
        var response = await Resolve(TestAuth.Cse("Ana"), "Barwon Health", "WA Health");

        Assert.True(response.Clients[0].Found);
        Assert.False(response.Clients[1].Found);
        Assert.Equal("", response.Clients[1].Name);
    }
}

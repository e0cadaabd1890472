using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>GET /dev/token signs local development tokens in Development, and does not exist elsewhere.</summary>
public sealed class DevelopmentTokenTests(SharedGateway shared, PostgresFixture postgres) : IClassFixture<SharedGateway>
{
    private sealed record TokenReply(string Token);

    [Fact]
    public async Task A_cse_token_from_the_development_issuer_reads_own_clients_only()
    {
        var anonymous = shared.Host.Client(null);
        var reply = await anonymous.GetFromJsonAsync<TokenReply>($"/dev/token?role=cse&cse={Uri.EscapeDataString(TestData.Ana)}");

        using var response = await shared.Host.Client(reply!.Token).GetAsync("/api/event-types");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/dev/token?role=cse", "cse")]
    [InlineData("/dev/token?role=root", "role")]
    public async Task A_request_for_an_unusable_token_is_400(string path, string field)
    {
        using var response = await shared.Host.Client(null).GetAsync(path);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Production_has_no_token_issuer_and_no_scalar()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using var gateway = new ProductionGateway(connectionString);
        var client = gateway.CreateClient();

        using var token = await client.GetAsync("/dev/token?role=admin");
        using var scalar = await client.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, scalar.StatusCode);
    }

    private sealed class ProductionGateway(string connectionString) : ServiceFactory<GatewayMarker>(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Segmentation.Gateway.Auth;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>The test-only signing key (Auth:SigningKey) is never accepted in Production, even when it is
/// configured: the same gateway, settings and token that work in Development are refused there.</summary>
public sealed class TestKeyInProductionTests(PostgresFixture postgres)
{
    private async Task<(HttpStatusCode Api, CurrentUserDto Me)> AskAsync(string environment)
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        await using var gateway = new ServiceFactory<GatewayMarker>(connectionString)
            .WithSetting("environment", environment)
            // A provider nobody answers at: Production needs one; the test key must not stand in for it.
            .WithSetting("Auth:Authority", "http://127.0.0.1:9/")
            .WithSetting("Auth:RequireHttpsMetadata", "false");
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestAuth.Admin);

        using var api = await client.GetAsync("/api/event-types", TestContext.Current.CancellationToken);
        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/me", TestContext.Current.CancellationToken);
        Assert.Equal(environment, gateway.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        return (api.StatusCode, me!);
    }

    [Fact]
    public async Task A_token_signed_with_the_test_key_is_refused_in_Production()
    {
        var (api, me) = await AskAsync("Production");

        Assert.Equal(HttpStatusCode.Unauthorized, api);
        Assert.False(me.SignedIn);
    }

    [Fact]
    public async Task The_same_token_and_settings_are_accepted_in_Development()
    {
        var (_, me) = await AskAsync("Development");

        Assert.True(me.SignedIn);
        Assert.Equal("admin", me.Role);
        // A bearer caller's sign-in ends with its token ("exp"): in the future, within the test token's life.
        Assert.InRange(me.ExpiresAt!.Value, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(2));
    }
}

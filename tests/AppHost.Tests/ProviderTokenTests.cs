using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

/// <summary>Bearer tokens against the running system: the provider's tokens are accepted by the gateway and
/// by a service directly; a token that differs from a valid one in one respect is refused by both.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ProviderTokenTests(AppHostFixture host)
{
    private async Task<HttpStatusCode> GatewayAsync(string token, string path = "/api/event-types")
    {
        using var gateway = host.App.CreateHttpClient(ResourceNames.Gateway, "http");
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.GetAsync(path, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<StatusCode> RequirementsAsync(string token)
    {
        using var channel = GrpcChannel.ForAddress(host.App.GetEndpoint(ResourceNames.Requirements, "http"));
        var client = new RequirementsService.RequirementsServiceClient(channel);
        try
        {
            await client.ListSegmentsAsync(new ListSegmentsRequest(), new Metadata { { "authorization", $"Bearer {token}" } },
                DateTime.UtcNow.AddSeconds(30), TestContext.Current.CancellationToken);
            return StatusCode.OK;
        }
        catch (RpcException ex) { return ex.StatusCode; }
    }

    [Fact]
    public async Task A_cse_token_from_the_provider_lists_only_that_cses_clients_and_a_service_accepts_it_directly()
    {
        var token = await host.TokenAsync("Tom Fletcher");
        using var gateway = host.App.CreateHttpClient(ResourceNames.Gateway, "http");
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var page = await gateway.GetFromJsonAsync<JsonElement>("/api/clients?pageSize=500", TestContext.Current.CancellationToken);
        var cses = page.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("cse").GetString()).Distinct().ToArray();

        Assert.Equal(["Tom Fletcher"], cses);
        Assert.Equal(StatusCode.OK, await RequirementsAsync(token));
    }

    [Fact]
    public async Task Tokens_that_differ_from_a_valid_one_in_issuer_kid_audience_or_expiry_are_refused_by_the_gateway_and_a_service()
    {
        var forged = ForgedTokens.From(host.Authority, await host.TokenAsync("admin"));
        var refused = new Dictionary<string, string>
        {
            ["another issuer"] = forged.FromIssuer("http://login.example.invalid/"),
            ["a kid the provider does not publish"] = forged.WithKid("rotated-away"),
            ["an unknown key and kid"] = forged.WithUnknownKey(),
            ["another audience"] = forged.ForAudience("another-api"),
            ["expired"] = forged.Expired(),
        };

        // The forgery itself is faithful: with nothing changed, both accept it.
        Assert.Equal(HttpStatusCode.OK, await GatewayAsync(forged.Valid()));
        Assert.Equal(StatusCode.OK, await RequirementsAsync(forged.Valid()));
        foreach (var (name, token) in refused)
        {
            Assert.True(HttpStatusCode.Unauthorized == await GatewayAsync(token), $"gateway accepted a token with {name}");
            Assert.True(StatusCode.Unauthenticated == await RequirementsAsync(token), $"requirements accepted a token with {name}");
        }
    }

    [Fact]
    public async Task A_provider_token_issued_without_the_api_scope_is_refused()
    {
        using var response = await ProviderTokens.PostAsync(host.Authority, new()
        {
            ["grant_type"] = DevelopmentTokens.Grant, ["client_id"] = DevelopmentTokens.Client, ["username"] = "admin",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body.ToString());

        Assert.Equal(HttpStatusCode.Unauthorized, await GatewayAsync(body.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task The_login_pages_icon_request_is_not_refused()
    {
        // Chromium asks the provider's origin for /favicon.ico on its login page; a 401 there shows as a console error.
        using var http = new HttpClient { BaseAddress = host.Authority };
        using var icon = await http.GetAsync("/favicon.ico", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, icon.StatusCode);
    }
}

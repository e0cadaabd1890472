using System.Net;
using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

/// <summary>The AppHost runs every project in its own environment: Development (the launch profile, as
/// under ./run.sh) serves what the README promises for development; Production serves none of it, and
/// still starts with the secrets the AppHost supplies.</summary>
[Collection(AppHostCollection.Name)] // after, not beside, the shared AppHost: two at once would starve 2 cores
public sealed class RunProfileTests(AppHostFixture development)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Development_serves_scalar_the_development_sign_in_and_grpc_reflection()
    {
        var gateway = development.App.CreateHttpClient(ResourceNames.Gateway, "http");
        var identity = development.App.CreateHttpClient(ResourceNames.Identity, "http");

        var scalar = await GetAsync(gateway, "/scalar");
        var login = await GetAsync(identity, "/account/login");
        var token = await development.TokenAsync("admin");
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var signedIn = await GetAsync(gateway, "/api/event-types");
        var services = await ListServicesAsync(development.App, ResourceNames.Requirements, token);

        Assert.Equal("Development", development.EnvironmentName);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Contains("scalar", await scalar.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-user=\"admin\"", await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains("segmentation.requirements.v1.RequirementsService", services);
    }

    [Fact]
    public async Task Production_serves_no_development_route_and_still_starts_with_the_apphost_secrets()
    {
        await using var production = new AppHostFixture("Production");
        await production.InitializeAsync();
        // With a valid token, so the answer is about the route: anonymous requests to unmapped paths are
        // 401 under the gateway's fallback policy, which would hide whether the route exists.
        // The services' own token (client credentials) is issued in every environment.
        var token = await production.ServiceTokenAsync();
        var gateway = production.App.CreateHttpClient(ResourceNames.Gateway, "http");
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var identity = production.App.CreateHttpClient(ResourceNames.Identity, "http");

        var scalar = await GetAsync(gateway, "/scalar");
        var devToken = await GetAsync(gateway, "/dev/token?role=admin");
        var login = await GetAsync(identity, "/account/login");
        using var developmentGrant = await ProviderTokens.PostAsync(production.Authority, new()
        {
            ["grant_type"] = DevelopmentTokens.Grant, ["client_id"] = DevelopmentTokens.Client, ["username"] = "admin", ["scope"] = "segmentation",
        });
        var api = await GetAsync(gateway, "/api/event-types");
        var reflection = await Assert.ThrowsAsync<RpcException>(() => ListServicesAsync(production.App, ResourceNames.Requirements, token));

        Assert.Equal("Production", production.EnvironmentName);
        Assert.Equal(HttpStatusCode.NotFound, scalar.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, devToken.StatusCode);
        Assert.DoesNotContain("data-user", await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, developmentGrant.StatusCode);
        Assert.Equal(StatusCode.Unimplemented, reflection.StatusCode);
        // The services refuse to start without PageTokens:Key outside Development, and every project
        // validates against the provider the AppHost names: an API answer proves both were supplied.
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        await client.GetAsync(path, TestContext.Current.CancellationToken).WaitAsync(CallTimeout, TestContext.Current.CancellationToken);

    /// <summary>The service names a service lists through gRPC server reflection (plain HTTP/2). With a
    /// valid token, so a refusal can only mean the method is not there.</summary>
    private static async Task<string[]> ListServicesAsync(DistributedApplication app, string service, string token)
    {
        using var channel = GrpcChannel.ForAddress(app.GetEndpoint(service, "http"));
        var client = new ServerReflection.ServerReflectionClient(channel);
        using var call = client.ServerReflectionInfo(new Metadata { { "authorization", $"Bearer {token}" } },
            DateTime.UtcNow.Add(CallTimeout), TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));
        return call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToArray();
    }
}

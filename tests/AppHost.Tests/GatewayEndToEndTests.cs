using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

[Collection(AppHostCollection.Name)]
public sealed class GatewayEndToEndTests(AppHostFixture host)
{
    private sealed record EventTypeDto(string Id, string Code, string Name, string FrequencyType, string ResponsibleTeam, bool IsActive);

    private HttpClient Gateway(string? token)
    {
        var client = host.App.CreateHttpClient(ResourceNames.Gateway, "http");
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task The_gateway_serves_the_twelve_event_types_from_postgres_through_the_requirements_service()
    {
        var types = await Gateway(await host.TokenAsync("admin")).GetFromJsonAsync<EventTypeDto[]>("/api/event-types", TestContext.Current.CancellationToken);

        Assert.NotNull(types);
        Assert.Equal(12, types.Length);
        Assert.Contains(types, t => t.Code == "SLA_REVIEW" && t.Id == "84068dd3-cc5f-4a82-9980-3002c17f5e4d");
    }

    [Fact]
    public async Task The_gateway_refuses_a_request_without_a_token_and_reports_healthy()
    {
        var client = Gateway(null);

        var anonymous = await client.GetAsync("/api/event-types", TestContext.Current.CancellationToken);
        var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

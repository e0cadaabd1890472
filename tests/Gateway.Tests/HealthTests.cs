using System.Net;
using System.Net.Http.Json;
using Segmentation.Events.V1;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>/health follows the services behind the gateway; /alive is the process only; a call to a
/// service that is down is 503 problem details, never a 500 and never its address.</summary>
public sealed class HealthTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Health_and_alive_are_200_without_a_token_when_every_service_serves()
    {
        await using var host = await WholeSystem.StartAsync(postgres);
        var client = host.Client(null);

        using var health = await client.GetAsync("/health");
        using var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Health_is_503_while_a_service_is_down_but_alive_stays_200()
    {
        await using var host = await WholeSystem.StartAsync(postgres,
            g => g.WithUpstream<EventsService.EventsServiceClient>(() => new UnreachableHandler()));
        var client = host.Client(null);

        using var health = await client.GetAsync("/health");
        using var alive = await client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        ProblemAssert.HasNoInternals(await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task A_route_whose_service_is_down_is_503_problem_details()
    {
        await using var host = await WholeSystem.StartAsync(postgres,
            g => g.WithUpstream<EventsService.EventsServiceClient>(() => new UnreachableHandler()));

        using var response = await host.Client(TestAuth.Admin).GetAsync("/api/events?clientName=Barwon%20Health");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>Behaves like a host that refuses connections (the message names the host, as the real one does).</summary>
    private sealed class UnreachableHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused (events.internal:5001)", new System.Net.Sockets.SocketException(111));
    }
}

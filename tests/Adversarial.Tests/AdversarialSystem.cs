using System.Net.Http.Json;
using System.Text.Json;
using Segmentation.Adversarial.Tests.Grpc;
using Segmentation.Adversarial.Tests.Rest;
using Segmentation.Adversarial.Tests.Values;
using Segmentation.Compliance;
using Segmentation.Events;
using Segmentation.Gateway;
using Segmentation.Requirements;
using Segmentation.TestSupport;

namespace Segmentation.Adversarial.Tests;

/// <summary>The whole system in memory on one database with the test clients and one scheduled event;
/// the operations of its OpenAPI document and the RPCs of its protos, each with a client to call it.
/// Rate limits are lifted: thousands of inputs from one user must reach the code they test.</summary>
public sealed class AdversarialSystem(PostgresFixture postgres) : IAsyncLifetime
{
    public InMemorySystem Host { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Cse { get; private set; } = null!;
    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];
    public IReadOnlyList<RpcMethod> Rpcs { get; private set; } = [];
    public IReadOnlyList<string> UnservedRpcs { get; private set; } = [];

    /// <summary>Generated once per run (they hold megabytes of bad text) and shared by the tests.</summary>
    public AdversarialInputs Inputs { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await WholeSystem.StartAsync(postgres, g => g
            .WithSetting("RateLimiting:Writes:Burst", "1000000").WithSetting("RateLimiting:Writes:PermitsPerMinute", "1000000")
            .WithSetting("RateLimiting:Reads:Burst", "1000000").WithSetting("RateLimiting:Reads:PermitsPerMinute", "1000000"));
        Admin = Host.Client(TestAuth.Admin);
        Cse = Host.Client(TestData.AnaToken);
        var document = await Admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Operations = new OpenApiReader(document).Operations();
        SampleValues.EventId = await ScheduleOneEventAsync();
        await CollectPageTokensAsync();
        var hosts = new (IServiceProvider, HttpClient)[]
        {
            Served(Host.Service<RequirementsServiceMarker>()), Served(Host.Service<EventsServiceMarker>()),
            Served(Host.Service<ComplianceServiceMarker>()), Served(Host.Service<GatewayMarker>()),
        };
        var resolved = RpcCatalog.Resolve(hosts);
        Rpcs = [.. resolved.Where(r => r.Client is not null).Select(r => new RpcMethod(r.Method, r.Client!))];
        UnservedRpcs = [.. resolved.Where(r => r.Client is null).Select(r => r.Method.FullName)];
        Inputs = new AdversarialInputs(this);
    }

    private static (IServiceProvider, HttpClient) Served<TMarker>(ServiceFactory<TMarker> host) where TMarker : class =>
        (host.Services, new(new BearerTokenHandler(TestAuth.Admin, host.Server.CreateHandler())) { BaseAddress = host.Server.BaseAddress });

    /// <summary>A real event, so routes and RPCs that take an event id reach it.</summary>
    private async Task<string> ScheduleOneEventAsync()
    {
        using var response = await Admin.PostAsJsonAsync("/api/events/schedule",
            new { clientName = TestData.AnaClient, eventTypeId = TestData.InsightTouchPointId, eventDate = "2025-05-06" });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Could not schedule the sample event: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The first page (one item) of every list that pages, for the tokens it hands out.</summary>
    private async Task CollectPageTokensAsync()
    {
        TamperedPageTokens.Derived.Clear();
        foreach (var operation in Operations.Where(o => o.Method == "GET" && o.Parameters.Any(p => p.Name == "pageSize") && !o.Template.Contains('{')))
        {
            using var response = await Admin.GetAsync(operation.Template + "?pageSize=1");
            if (!response.IsSuccessStatusCode) continue;
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("nextPageToken", out var token) && token.GetString() is { Length: > 2 } text)
                TamperedPageTokens.Derived.AddRange(TamperedPageTokens.From(text).Select(t => (t.Label + $" ({operation.Template})", t.Value)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        Cse?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}

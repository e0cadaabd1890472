using System.Net.Http.Json;
using System.Text.Json;
using Segmentation.TestSupport.Budget;

namespace Segmentation.Budget.Tests;

/// <summary>The whole system in memory (gateway + the three services over one real PostgreSQL) with a cost
/// meter, for one test class. Limits are lifted so a table of requests is not throttled.</summary>
public sealed class BudgetSystem(PostgresFixture postgres) : IAsyncLifetime
{
    public InMemorySystem Host { get; private set; } = null!;
    public CostMeter Meter { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("RateLimiting:Writes:Burst", "1000000")
            .WithSetting("RateLimiting:Writes:PermitsPerMinute", "1000000")
            .WithSetting("RateLimiting:Reads:Burst", "1000000").WithSetting("RateLimiting:Reads:PermitsPerMinute", "1000000"));
        Meter = new CostMeter(Host.Calls);
    }

    /// <summary>Sends <paramref name="request"/> as <paramref name="token"/>, checks it succeeded, and returns its body and cost.</summary>
    public async Task<(JsonElement Body, RequestCost Cost)> MeasureAsync(string token, Func<HttpRequestMessage> request)
    {
        var client = Host.Client(token);
        var (body, cost) = await Meter.MeasureAsync(async () =>
        {
            using var response = await client.SendAsync(request());
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
            // CSV and iCalendar answers are measured as well; only JSON is parsed.
            var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true;
            return text.Length == 0 || !json ? default : JsonDocument.Parse(text).RootElement.Clone();
        });
        return (body, cost);
    }

    /// <summary>A new event of <paramref name="client"/> (not measured), for the write routes that need one.</summary>
    public async Task<string> ScheduleAsync(string token, string client, string date)
    {
        using var response = await Host.Client(token).PostAsJsonAsync("/api/events/schedule",
            new { clientName = client, eventCode = "INSIGHT_TP", eventDate = date });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Meter?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}

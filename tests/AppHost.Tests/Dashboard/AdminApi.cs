using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Segmentation.AppHost.Tests.Dashboard;

/// <summary>Test set-up through the real gateway as the admin (a bearer token from the development
/// provider): a fresh client per test, so tests sharing the AppHost do not see each other's events.</summary>
public sealed class AdminApi(AppHostFixture host, Uri gateway)
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<HttpClient> HttpAsync()
    {
        var http = new HttpClient { BaseAddress = gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("admin"));
        return http;
    }

    public async Task CreateClientAsync(string name, string segment = "Maintain", string cse = "Priya Nair", DateOnly? segmentSince = null)
    {
        using var http = await HttpAsync();
        var since = segmentSince?.ToString("yyyy-MM-dd");
        var created = await http.PostAsJsonAsync("/api/clients", new { name, segment, cse, segmentSince = since }, TestContext.Current.CancellationToken);
        created.EnsureSuccessStatusCode();
    }

    /// <summary>A segment change in the year: the client's deadline moves to June 30 of the next year (SPEC §5).</summary>
    public async Task ChangeSegmentAsync(string name, string segment, DateOnly effectiveFrom)
    {
        using var http = await HttpAsync();
        var changed = await http.PostAsJsonAsync($"/api/clients/{Uri.EscapeDataString(name)}/segment-changes",
            new { segment, effectiveFrom = effectiveFrom.ToString("yyyy-MM-dd") }, TestContext.Current.CancellationToken);
        changed.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> ScheduleAsync(string client, string eventCode, DateOnly date)
    {
        using var http = await HttpAsync();
        var response = await http.PostAsJsonAsync("/api/events/schedule",
            new { clientName = client, eventCode, eventDate = date.ToString("yyyy-MM-dd") }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>The client's events of the year as stored (id, date, completed).</summary>
    public async Task<JsonElement[]> EventsAsync(string client, int year)
    {
        using var http = await HttpAsync();
        var list = await http.GetFromJsonAsync<JsonElement>(
            $"/api/events?clientName={Uri.EscapeDataString(client)}&year={year}&pageSize=500", TestContext.Current.CancellationToken);
        return [.. list.GetProperty("events").EnumerateArray()];
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

/// <summary>Through the running system: schedule and complete an event, and see compliance move.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ScheduleCompleteEndToEndTests(AppHostFixture host)
{
    private async Task<HttpClient> AdminAsync()
    {
        var client = host.App.CreateHttpClient(ResourceNames.Gateway, "http");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("admin"));
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Scheduling_then_completing_an_event_raises_the_clients_compliance()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = (await AdminAsync());
        var name = "E2E Hospital"; // the AppHost fixture starts from an empty database each run
        var today = BusinessDate.Today.ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Created,
            (await http.PostAsJsonAsync("/api/clients", new { name, segment = "Maintain", cse = "Priya Nair" }, ct)).StatusCode);
        var before = await JsonAsync(await http.GetAsync($"/api/compliance/{Uri.EscapeDataString(name)}", ct));

        var scheduled = await http.PostAsJsonAsync("/api/events/schedule",
            new { clientName = name, eventCode = "STRAT_OPS", eventDate = today, requestId = Guid.NewGuid().ToString() }, ct);
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var id = (await JsonAsync(scheduled)).GetProperty("id").GetString();
        var whileScheduled = await JsonAsync(await http.GetAsync($"/api/compliance/{Uri.EscapeDataString(name)}", ct));
        await JsonAsync(await http.PostAsJsonAsync($"/api/events/{id}/complete", new { }, ct));
        var after = await JsonAsync(await http.GetAsync($"/api/compliance/{Uri.EscapeDataString(name)}", ct));

        Assert.Equal(0, before.GetProperty("overallScore").GetInt32());
        Assert.Equal(0, whileScheduled.GetProperty("overallScore").GetInt32());
        Assert.Equal(13, after.GetProperty("overallScore").GetInt32()); // 1 of 8 Maintain types at 100 %
        var stratOps = after.GetProperty("eventTypes").EnumerateArray().Single(t => t.GetProperty("eventCode").GetString() == "STRAT_OPS");
        Assert.Equal(("compliant", 1), (stratOps.GetProperty("status").GetString(), stratOps.GetProperty("actual").GetInt32()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>What a load balancer in front of the gateways does for a client: send to a gateway, and when it does
/// not answer (refused connection, 502/503/504) send the same request to the next one after a short pause.
/// Safe for writes because each carries a requestId (a repeat is answered with the first result). A 429 is
/// waited out (Retry-After) and sent again, as a polite script does.</summary>
public static class ReplicaCalls
{
    public static async Task<HttpResponseMessage> SendAsync(IReadOnlyList<HttpClient> gateways, int first,
        Func<HttpRequestMessage> request, CancellationToken ct, List<string>? failures = null)
    {
        failures ??= [];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var gateway = gateways[(first + attempt) % gateways.Count];
            try
            {
                var response = await gateway.SendAsync(request(), ct);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    response.Dispose();
                    await Task.Delay(wait, ct);
                    continue;
                }
                if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                    return response;
                failures.Add($"{gateway.BaseAddress}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                response.Dispose();
            }
            catch (HttpRequestException ex) { failures.Add($"{gateway.BaseAddress}: {ex.Message}"); }
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
        throw new InvalidOperationException("No gateway answered:\n" + string.Join("\n", failures));
    }

    public static Func<HttpRequestMessage> Schedule(string client, string date, string requestId) => () =>
        new HttpRequestMessage(HttpMethod.Post, "/api/events/schedule")
        {
            Content = JsonContent.Create(new { clientName = client, eventCode = "STRAT_OPS", eventDate = date, requestId }),
        };

    /// <summary>The ids of a client's events in a year, read through <paramref name="gateway"/>.</summary>
    public static async Task<IReadOnlyList<string>> EventIdsAsync(HttpClient gateway, string client, int year, CancellationToken ct)
    {
        var list = await gateway.GetFromJsonAsync<JsonElement>($"/api/events?clientName={Uri.EscapeDataString(client)}&year={year}&pageSize=500", ct);
        return [.. list.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }
}

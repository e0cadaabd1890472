using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Segmentation.Faults.Load;

/// <summary>REST calls to the gateway with a bearer token, as any script would make them.</summary>
public sealed class Gateway(Uri baseAddress, string token) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    /// <summary>POST /api/events/schedule; never throws for a failed request (status 0 = no answer).</summary>
    public async Task<WriteOutcome> ScheduleAsync(ScheduleSpec spec, System.Diagnostics.Stopwatch clock)
    {
        var started = clock.Elapsed;
        try
        {
            using var content = new StringContent(spec.Json(), Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("/api/events/schedule", content);
            Guid? id = null;
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                id = json.RootElement.GetProperty("id").GetGuid();
            }
            return new WriteOutcome(spec, (int)response.StatusCode, id, started, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new WriteOutcome(spec, 0, null, started, clock.Elapsed);
        }
    }

    /// <summary>GET <paramref name="path"/>: the status (0 = no answer).</summary>
    public async Task<int> GetStatusAsync(string path)
    {
        try
        {
            using var response = await _http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return 0;
        }
    }

    public void Dispose() => _http.Dispose();
}

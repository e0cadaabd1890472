using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>GET /api/live: server-sent events of the changes the caller may see (the per-CSE rule applied here, on the CSE
/// Requirements gave each change), a heartbeat comment every Live:HeartbeatSeconds (15) so proxies keep the stream
/// open, and Last-Event-ID to resume after a reconnect.</summary>
public static class LiveApi
{
    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/live", StreamAsync).WithName("Live").WithTags("Live").WithCommonProblems()
            .RequireRateLimiting(Segmentation.Gateway.RateLimiting.StreamRateLimiting.Policy)
            .Produces(200, contentType: "text/event-stream")
            .WithSummary("Server-sent events: {kind, clientName, year, eventId, eventDate, previousEventDate, segment} of visible changes");
        return app;
    }

    private static async Task StreamAsync(HttpContext http, ClaimsPrincipal user, LiveHub hub, IConfiguration configuration,
        IOptions<JsonOptions> json, CancellationToken ct)
    {
        var caller = Caller.From(user);
        var heartbeat = TimeSpan.FromSeconds(configuration.GetValue("Live:HeartbeatSeconds", 15.0));
        long? after = long.TryParse(http.Request.Headers["Last-Event-ID"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var (reader, subscription) = hub.Listen(after);
        using var _ = subscription;
        // Positioned before the page is told it is connected, so a write it makes next cannot be missed.
        await Task.WhenAny(hub.Live, Task.Delay(TimeSpan.FromSeconds(5), ct));

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await WriteAsync(http, "retry: 2000\n: connected\n\n", ct);
        while (!ct.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(heartbeat);
            try { await reader.WaitToReadAsync(wait.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                await WriteAsync(http, ": heartbeat\n\n", ct);
                continue;
            }
            catch (OperationCanceledException) { return; }
            while (reader.TryRead(out var change))
            {
                if (!change.Everyone && !caller.CanSee(change.Cse)) continue;
                var data = JsonSerializer.Serialize(LiveChangeDto.From(change), json.Value.SerializerOptions);
                // Only event changes have a feed position to resume from; the others leave the page's last id as it is.
                var resume = change.Position > 0 ? $"id: {change.Position.ToString(CultureInfo.InvariantCulture)}\n" : "";
                await WriteAsync(http, $"{resume}event: change\ndata: {data}\n\n", ct);
            }
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken ct)
    {
        try
        {
            await http.Response.WriteAsync(text, ct);
            await http.Response.Body.FlushAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { /* the page went away */ }
    }
}

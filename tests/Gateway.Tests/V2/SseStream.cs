using System.Text.Json;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>An open /api/live response read as server-sent events: comments and events (id, data) as they arrive.</summary>
public sealed class SseStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public static async Task<SseStream> OpenAsync(HttpClient client, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/live");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new SseStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal(": connected", await stream.NextCommentAsync(TimeSpan.FromSeconds(10)));
        return stream;
    }

    /// <summary>The next comment line (": ..."), skipping anything else; null when none came in time.</summary>
    public async Task<string?> NextCommentAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
                if (line.StartsWith(':')) return line;
        }
        catch (OperationCanceledException) { }
        return null;
    }

    /// <summary>The next event's id and parsed data; null when none came in time.</summary>
    public async Task<(string? Id, JsonElement Data)?> NextEventAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        string? id = null;
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
                if (line.StartsWith("data: ", StringComparison.Ordinal)) return (id, JsonDocument.Parse(line[6..]).RootElement.Clone());
            }
        }
        catch (OperationCanceledException) { }
        return null;
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}

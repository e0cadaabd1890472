using System.Net;
using System.Text.Json;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>An RFC 9457 response as a test sees it.</summary>
public sealed record Problem(HttpStatusCode Status, string? ContentType, JsonElement Body, string RawBody)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        var body = raw.Length == 0 ? default : JsonDocument.Parse(raw).RootElement.Clone();
        return new Problem(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, raw);
    }

    public IReadOnlyList<string> ErrorFields =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? [.. errors.EnumerateObject().Select(p => p.Name)]
            : [];

    public int? StatusInBody => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("status", out var s) ? s.GetInt32() : null;
}

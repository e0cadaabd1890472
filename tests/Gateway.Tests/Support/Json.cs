using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>Request bodies and response reading with the gateway's own JSON conventions (camelCase).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    public static JsonContent Of(object value) => JsonContent.Create(value, options: Options);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {raw}");
        return JsonDocument.Parse(raw).RootElement.Clone();
    }
}

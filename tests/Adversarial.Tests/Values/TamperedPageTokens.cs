using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Real page tokens the system issued, edited by hand: when a token is base64 JSON, each of its
/// fields is set to a value no query could have produced (a date that is not one, year 9999, a negative
/// offset). A signed token must refuse every edit.</summary>
public static class TamperedPageTokens
{
    /// <summary>Filled by the fixture from the tokens the running system hands out.</summary>
    public static List<(string Label, string Value)> Derived { get; } = [];

    public static IEnumerable<(string Label, string Value)> From(string token)
    {
        var urlSafe = token.Contains('-') || token.Contains('_') || !token.EndsWith('=');
        JsonObject? json;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            json = JsonNode.Parse(Convert.FromBase64String(padded)) as JsonObject;
        }
        catch (Exception e) when (e is FormatException or JsonException) { json = null; }
        yield return ("real token, one character changed", token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1]);
        if (json is null) yield break;
        foreach (var path in Leaves(json, []))
        {
            var value = Find(json, path);
            JsonNode?[] edits = value?.GetValueKind() == JsonValueKind.Number
                ? [JsonValue.Create(-1), JsonValue.Create(99_999_999_999L), JsonValue.Create("x")]
                : [JsonValue.Create("not-a-date"), JsonValue.Create("9999-12-31"), JsonValue.Create(""), JsonValue.Create(-1)];
            foreach (var edit in edits)
            {
                var copy = (JsonObject)json.DeepClone();
                ((JsonObject)Find(copy, path[..^1])!)[path[^1]] = edit;
                yield return ($"real token, {string.Join('.', path)} = {edit?.ToJsonString()}", Encode(copy.ToJsonString(), urlSafe));
            }
        }
    }

    /// <summary>The paths of every non-object value, nested objects included.</summary>
    private static IEnumerable<string[]> Leaves(JsonObject node, string[] at) =>
        node.SelectMany(p => p.Value is JsonObject inner ? Leaves(inner, [.. at, p.Key]) : [[.. at, p.Key]]);

    private static JsonNode? Find(JsonNode? node, string[] path) => path.Aggregate(node, (n, key) => n?[key]);

    private static string Encode(string json, bool urlSafe)
    {
        var text = Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
        return urlSafe ? text.TrimEnd('=').Replace('+', '-').Replace('/', '_') : text;
    }
}

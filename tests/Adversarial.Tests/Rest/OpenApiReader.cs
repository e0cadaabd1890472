using System.Text.Json;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>Reads every operation under /api of the gateway's OpenAPI document, resolving $ref, nullable
/// type arrays and anyOf/oneOf wrappers down to one JSON Schema type per field.</summary>
public sealed class OpenApiReader(JsonElement document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IReadOnlyList<ApiOperation> Operations() =>
        [.. document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal) || p.Name == "/api")
            .SelectMany(p => p.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)).Select(o => Operation(p.Name, o.Name, o.Value)))];

    private ApiOperation Operation(string template, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(Resolve).Select(p => Field(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                p.TryGetProperty("schema", out var s) ? s : default, p.TryGetProperty("required", out var r) && r.GetBoolean())).ToList()
            : [];
        List<string> mediaTypes = [];
        List<ApiField> properties = [];
        if (operation.TryGetProperty("requestBody", out var body) && Resolve(body).TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                mediaTypes.Add(media.Name);
                if (media.Name.Contains("json", StringComparison.OrdinalIgnoreCase) && media.Value.TryGetProperty("schema", out var schema))
                    properties.AddRange(Properties(Unwrap(schema)));
            }
        }
        return new ApiOperation(method.ToUpperInvariant(), template, parameters, mediaTypes, properties.DistinctBy(p => p.Name).ToList());
    }

    private IEnumerable<ApiField> Properties(JsonElement schema)
    {
        if (!schema.TryGetProperty("properties", out var properties)) yield break;
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
        foreach (var property in properties.EnumerateObject())
            yield return Field(property.Name, "body", property.Value, required.Contains(property.Name));
    }

    private ApiField Field(string name, string @in, JsonElement schema, bool required)
    {
        var resolved = schema.ValueKind == JsonValueKind.Object ? Unwrap(schema) : default;
        var type = resolved.ValueKind == JsonValueKind.Object ? TypeOf(resolved) : "string";
        var format = resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        return new ApiField(name, @in, type, format, required);
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type)) return schema.TryGetProperty("properties", out _) ? "object" : "string";
        if (type.ValueKind == JsonValueKind.String) return type.GetString()!;
        return type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string";
    }

    /// <summary>$ref and anyOf/oneOf/allOf (how nullable references are written) down to the schema itself.</summary>
    private JsonElement Unwrap(JsonElement schema)
    {
        schema = Resolve(schema);
        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var chosen = options.EnumerateArray().Select(Resolve).FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                if (chosen.ValueKind == JsonValueKind.Object) return Unwrap(chosen);
            }
        }
        return schema;
    }

    private JsonElement Resolve(JsonElement element)
    {
        while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
        {
            var node = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part.Replace("~1", "/").Replace("~0", "~"));
            element = node;
        }
        return element;
    }
}

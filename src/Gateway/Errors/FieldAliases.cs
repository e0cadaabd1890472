namespace Segmentation.Gateway.Errors;

/// <summary>Field violations from a service name proto fields (snake_case, the gRPC request's names);
/// the caller sent REST fields. This turns one into the other, so a 400 names what the caller wrote.</summary>
public static class FieldAliases
{
    private static readonly object ItemKey = new();

    // Proto fields whose REST name differs on every route that sends them.
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        ["event_type"] = "eventCode",
        ["id_or_code"] = "eventCode",
    };

    /// <summary>For this request only: report violations of <paramref name="protoField"/> as <paramref name="jsonField"/>.</summary>
    public static void Set(HttpContext http, string protoField, string jsonField)
    {
        if (http.Items[ItemKey] is not Dictionary<string, string> map)
        {
            map = new Dictionary<string, string>(StringComparer.Ordinal);
            http.Items[ItemKey] = map;
        }
        map[protoField] = jsonField;
    }

    public static string Resolve(HttpContext http, string protoField)
    {
        if (http.Items[ItemKey] is Dictionary<string, string> map && map.TryGetValue(protoField, out var own)) return own;
        return Defaults.TryGetValue(protoField, out var common) ? common : CamelCase(protoField);
    }

    /// <summary>"client_name" → "clientName"; a dotted path keeps its dots ("attendees[2]" stays as is).</summary>
    public static string CamelCase(string field)
    {
        var parts = field.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

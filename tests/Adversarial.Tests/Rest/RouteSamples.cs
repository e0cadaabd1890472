using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>A well-formed URL for an operation (every path parameter and every query parameter that has
/// a sample), and the same URL with one parameter's value swapped for a raw, already-encoded one.</summary>
public static class RouteSamples
{
    public static string Sample(ApiField field) =>
        SampleValues.Text(field.Name) ?? SampleValues.Number(field.Name)?.ToString() ?? (field.Type == "boolean" ? "true" : "x");

    public static string Url(ApiOperation operation, string? swapped = null, string? encodedValue = null, string? extraQuery = null)
    {
        var path = operation.Template;
        foreach (var p in operation.Parameters.Where(p => p.In == "path"))
            path = path.Replace("{" + p.Name + "}", p.Name == swapped ? encodedValue : UrlText.Encode(Sample(p)), StringComparison.Ordinal);
        var query = operation.Parameters.Where(p => p.In == "query" && (p.Name == swapped || p.Required || HasSample(p)))
            .Select(p => $"{p.Name}={(p.Name == swapped ? encodedValue : UrlText.Encode(Sample(p)))}").ToList();
        if (extraQuery is not null) query.Add(extraQuery);
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static bool HasSample(ApiField p) => SampleValues.Text(p.Name) is not null || SampleValues.Number(p.Name) is not null;
}

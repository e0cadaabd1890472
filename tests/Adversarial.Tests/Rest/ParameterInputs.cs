using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>Every operation with one path or query parameter made bad at a time, and every query
/// parameter given twice; a JSON body, when the operation takes one, stays well-formed.</summary>
public static class ParameterInputs
{
    /// <summary>Query strings no parameter list describes: broken percent-encoding, 2,000 parameters.</summary>
    private static readonly string[] BrokenQueries = ["x=%ZZ&y=%", "%FF%FE=%C3%28", string.Join('&', Enumerable.Range(0, 2000).Select(i => $"p{i}=1"))];

    public static IEnumerable<AdversarialInput> For(ApiOperation operation, string role, HttpClient client)
    {
        var body = operation.HasJsonBody ? JsonBodies.Base(operation) : null;
        var type = body is null ? null : "application/json";
        foreach (var broken in BrokenQueries)
            yield return new RestCall(role, operation.Method, RouteSamples.Url(operation, extraQuery: broken), type, body)
                .ToInput($"query string malformed → {operation}", client);
        foreach (var field in operation.Parameters.Where(p => p.In is "path" or "query"))
        {
            foreach (var (@class, encoded) in ParameterValues.For(field))
            {
                var call = new RestCall(role, operation.Method, RouteSamples.Url(operation, field.Name, encoded), type, body);
                yield return call.ToInput($"{@class} → {operation}", client);
            }
            if (field.In == "query")
            {
                var again = field.Type is "integer" or "number" ? "2026" : "other";
                var call = new RestCall(role, operation.Method, RouteSamples.Url(operation, extraQuery: $"{field.Name}={again}"), type, body);
                yield return call.ToInput($"query parameter given twice → {operation}", client);
            }
        }
    }
}

using System.Text;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>Every JSON body with one property made bad, missing or repeated, and whole bodies that are not
/// the object the operation takes (truncated, nested too deep, not UTF-8, not an object).</summary>
public static class BodyInputs
{
    private const string Json = "application/json";

    public static IEnumerable<AdversarialInput> For(ApiOperation operation, string role, HttpClient client)
    {
        if (!operation.HasJsonBody) yield break;
        var url = RouteSamples.Url(operation);
        AdversarialInput Input(string @class, byte[] body, string? type = Json) =>
            new RestCall(role, operation.Method, url, type, body).ToInput($"{@class} → {operation}", client);

        foreach (var field in operation.BodyProperties)
        {
            foreach (var (@class, literal) in BodyValues.For(field)) yield return Input(@class, JsonBodies.With(operation, field.Name, literal));
            yield return Input("body duplicate key", JsonBodies.Repeated(operation, field.Name));
            if (field.Required) yield return Input("body required field missing", JsonBodies.Without(operation, field.Name));
        }
        var valid = JsonBodies.Base(operation);
        var text = Encoding.UTF8.GetString(valid);
        // With no required property, an empty body, {} and null all mean "the defaults" (complete today, change
        // nothing): valid requests that only must not break. Refusing them was order-dependent (an earlier input may
        // already have completed the sample event), which made this test flaky.
        var optional = !operation.BodyProperties.Any(p => p.Required);
        foreach (var whole in new[] { "{}", "null", "" })
            yield return Input(optional ? "body empty, {} or null (optional body)" : "body not the expected object", Encoding.UTF8.GetBytes(whole));
        foreach (var whole in new[] { "[]", "\"text\"", "{\"a\":}", text + "x", "/*c*/" + text, text.Replace("{", "{\"\":1,") })
            yield return Input("body not the expected object", Encoding.UTF8.GetBytes(whole));
        foreach (var cut in new[] { valid.Length / 3, valid.Length / 2, valid.Length - 1 }.Distinct().Where(c => c > 0))
            yield return Input("body truncated", valid[..cut]);
        yield return Input("body nested 5,000 deep", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)));
        yield return Input("body invalid UTF-8", [.. valid[..^1], .. ",\"x\":\""u8.ToArray(), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()]);
        yield return Input("body UTF-16 bytes declared UTF-8", Encoding.Unicode.GetBytes(text));
    }
}

using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>The bad JSON literals for one body property, by its type, format and name.</summary>
public static class BodyValues
{
    public static IEnumerable<(string Class, string Literal)> For(ApiField field)
    {
        foreach (var wrong in WrongTypes(field.Type)) yield return ("body wrong type", wrong);
        yield return ("body null", "null");
        if (field.Type is "integer" or "number")
            foreach (var n in BadNumbers.AsJson) yield return ("body number out of range", n);
        if (field.Type == "array")
        {
            foreach (var (label, text) in BadText.Unsafe.Take(4)) yield return ($"body unsafe text in array ({label})", $"[{JsonBodies.String(text)}]");
            yield return ("body array of 20,000 items", "[" + string.Join(",", Enumerable.Repeat("\"a@b.c\"", 20_000)) + "]");
        }
        if (field.Type != "string") yield break;
        foreach (var (label, text) in BadText.Unsafe) yield return ($"body unsafe text ({label})", JsonBodies.String(text));
        yield return ("body long text (20,000 chars)", JsonBodies.String(BadText.Long));
        yield return ("body huge text (1.1 MB)", JsonBodies.String(BadText.Huge));
        if (field.Format == "date" || SampleValues.IsDate(field.Name))
            foreach (var d in BadDates.All) yield return ("body date malformed or out of range", JsonBodies.String(d));
    }

    private static string[] WrongTypes(string type) => type switch
    {
        "string" => ["12345", "true", """{"a":1}""", """["x"]"""],
        "integer" => ["\"2\"", "2.5", "true", "{}"],
        "number" => ["\"2\"", "true", "{}"],
        "boolean" => ["\"true\"", "1", "[]"],
        "array" => ["\"x\"", "{}", "[1,{}]"],
        _ => ["[]", "\"x\"", "7"],
    };
}

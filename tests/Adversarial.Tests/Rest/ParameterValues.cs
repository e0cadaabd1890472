using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>The bad values for one path or query parameter, chosen by its type, format and name,
/// each already percent-encoded and labelled with its input class.</summary>
public static class ParameterValues
{
    public static IEnumerable<(string Class, string Encoded)> For(ApiField field)
    {
        var kind = field.In;
        if (field.Type is "integer" or "number")
        {
            foreach (var n in BadNumbers.AsText) yield return ($"{kind} number malformed or out of range", UrlText.Encode(n));
            if (SampleValues.Normal(field.Name) == "year")
                foreach (var y in BadDates.Years) yield return ($"{kind} year out of range", y.ToString());
        }
        else if (field.Type == "boolean")
        {
            foreach (var b in new[] { "maybe", "2", "yes%00" }) yield return ($"{kind} boolean malformed", b);
        }
        if (field.Format == "date" || SampleValues.IsDate(field.Name))
            foreach (var d in BadDates.All) yield return ($"{kind} date malformed or out of range", UrlText.Encode(d));
        if (SampleValues.IsPageToken(field.Name))
            foreach (var (_, token) in ForgedPageTokens.All.Concat(TamperedPageTokens.Derived)) yield return ($"{kind} forged page token", UrlText.Encode(token));
        if (field.Type is "integer" or "number" or "boolean") yield break;
        // A NUL in a path never reaches an application: Kestrel answers 400 and the in-memory TestServer refuses to send it.
        foreach (var (label, text) in BadText.Unsafe.Where(u => kind != "path" || !u.Value.Contains('\0')))
            yield return ($"{kind} unsafe text ({label})", UrlText.Encode(text));
        yield return ($"{kind} long text (20,000 chars)", UrlText.Encode(BadText.Long));
        yield return ($"{kind} invalid UTF-8", "%FF%FE%C3%28");
        if (kind == "path")
        {
            foreach (var odd in new[] { "..%2F..%2Fapi%2Fsegments", "%2F", "%20", "00000000-0000-0000-0000-000000000000", "%7Bnot-a-guid%7D" })
                yield return ($"{kind} odd segment", odd);
        }
    }
}

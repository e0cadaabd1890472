using System.Text;
using Segmentation.Adversarial.Tests.Running;
using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>A well-formed body under the wrong media type or charset, and, for routes that take files,
/// bad files sent bare and as multipart uploads (including cut-off ones).</summary>
public static class MediaInputs
{
    private static readonly string[] WrongTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
        "application/json; charset=x-no-such", "application/json; charset=utf-16", "application/json; charset=utf-32",
        "application/json; charset=\"\"", "application/json; charset=utf-8; charset=latin1", "application/json;;;", "application/*",
        "*/*", "json", "text/csv; charset=x-no-such",
    ];

    public static IEnumerable<AdversarialInput> For(ApiOperation operation, string role, HttpClient client)
    {
        if (operation.BodyMediaTypes.Count == 0) yield break;
        var url = RouteSamples.Url(operation);
        AdversarialInput Input(string @class, string? type, byte[] body, string? at = null) =>
            new RestCall(role, operation.Method, at ?? url, type, body).ToInput($"{@class} → {operation}", client);

        var body = operation.HasJsonBody ? JsonBodies.Base(operation) : "client,event,date\n"u8.ToArray();
        foreach (var type in WrongTypes.Where(t => !operation.BodyMediaTypes.Contains(t, StringComparer.OrdinalIgnoreCase)))
            yield return Input(CharsetClass(type), type, body);
        yield return Input("no content type", null, body);
        if (!operation.TakesFiles) yield break;
        foreach (var (dryRun, mode) in new[] { ("dryRun=true", "dry run"), ("dryRun=false", "import") })
        {
            var at = url + (url.Contains('?') ? "&" : "?") + dryRun;
            foreach (var (label, type, bytes) in BadFiles.All)
            {
                yield return Input($"file {label} ({mode})", type, bytes, at);
                yield return Input($"multipart file {label} ({mode})", "multipart/form-data; boundary=b0und", Multipart(type, bytes), at);
            }
            var whole = Multipart("text/csv", BadFiles.All[0].Bytes);
            yield return Input("multipart truncated", "multipart/form-data; boundary=b0und", whole[..(whole.Length / 2)], at);
            yield return Input("multipart without its boundary", "multipart/form-data", whole, at);
            yield return Input("multipart with another boundary", "multipart/form-data; boundary=other", whole, at);
            yield return Input("file empty", "text/csv", [], at);
        }
    }

    private static string CharsetClass(string type) =>
        type.Contains("x-no-such", StringComparison.Ordinal) || type.Contains("\"\"", StringComparison.Ordinal) ? "unknown charset"
        : type.Contains("latin1", StringComparison.Ordinal) ? "charset given twice"
        : type.Contains("charset", StringComparison.Ordinal) ? "charset that does not match the bytes" : "wrong content type";

    private static byte[] Multipart(string type, byte[] bytes)
    {
        var name = type == "text/csv" ? "events.csv" : "events.xlsx";
        var head = $"--b0und\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {type}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. bytes, .. Encoding.UTF8.GetBytes($"\r\n--b0und--\r\n")];
    }
}

using System.Net.Http.Headers;
using System.Security.Cryptography;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>One HTTP request as bytes: method, already-encoded path and query, a Content-Type header
/// sent exactly as written (null = none) and a body (null = none).</summary>
public sealed record RestCall(string Role, string Method, string Url, string? ContentType = null, byte[]? Body = null)
{
    public string Key => $"{Role} {Method} {Url} [{ContentType}] {(Body is null ? "-" : Convert.ToHexString(SHA256.HashData(Body)))}";

    public string Describe()
    {
        var url = Url.Length > 160 ? Url[..160] + $"…({Url.Length} chars)" : Url;
        var body = Body is null ? "" : $" [{ContentType ?? "no content type"}] {Preview(Body)}";
        return $"{Role} {Method} {url}{body}";
    }

    public AdversarialInput ToInput(string @class, HttpClient client) =>
        new("REST", @class, Describe(), Key, () => SendAsync(client));

    private async Task<Outcome> SendAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            else request.Content.Headers.ContentType = null;
        }
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            // A server-sent event stream (/api/live) stays open on a valid request: its status is the answer.
            if (response.Content.Headers.ContentType?.MediaType != "text/event-stream") await response.Content.ReadAsByteArrayAsync(cancel.Token);
            var status = (int)response.StatusCode;
            return new Outcome(status.ToString(), Broken: status >= 500, Refused: status is >= 400 and < 500);
        }
        catch (Exception error)
        {
            return Outcome.Threw(error);
        }
    }

    private static string Preview(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 140));
        var shown = new string([.. text.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is >= '\u200B' and <= '\u206F' or '\uFEFF' ? '·' : c)]);
        return body.Length > 140 ? $"{shown}…({body.Length} bytes)" : shown;
    }
}

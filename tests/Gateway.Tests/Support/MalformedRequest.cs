using System.Net;
using System.Text;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>A request that must be refused with a 4xx (the given one when set) and change nothing.</summary>
public sealed record MalformedRequest(string Name, string Method, string Path, string? Body = null, string ContentType = "application/json",
    HttpStatusCode Expected = HttpStatusCode.BadRequest, string? Field = null)
{
    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return request;
    }

    public override string ToString() => Name;
}

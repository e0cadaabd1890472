using System.Net.Http.Headers;

namespace Segmentation.TestSupport;

/// <summary>Adds "Authorization: Bearer token" to every request, as a caller would.</summary>
public sealed class BearerTokenHandler(string? token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}

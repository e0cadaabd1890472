using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Passes the caller's bearer token on to the next service, so each service applies the
/// same per-CSE rules; outside a request (background work) it uses this service's own identity.
/// A call that already carries an Authorization header (a call made as itself) is left as it is.</summary>
public sealed class ForwardAuthorizationHandler(IHttpContextAccessor accessor, ServiceIdentity identity) : DelegatingHandler
{
    /// <summary>Always call as the internal service, never as the user: for a coordinator that has had
    /// Requirements decide the user's access itself (the trust rule, docs/decisions.md, issue 13).</summary>
    public bool AsService { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && AsService)
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, "Bearer " + await identity.GetTokenAsync(cancellationToken));
        else if (request.Headers.Authorization is null)
        {
            var incoming = accessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
            if (!string.IsNullOrEmpty(incoming)) request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, incoming);
            else if (accessor.HttpContext is null)
                request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, "Bearer " + await identity.GetTokenAsync(cancellationToken));
        }
        return await base.SendAsync(request, cancellationToken);
    }
}

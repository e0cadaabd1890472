using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Passes the caller's bearer token on to the next service, so each service applies the
/// same per-CSE rules; outside a request (background work) it uses the internal service identity.</summary>
public sealed class ForwardAuthorizationHandler(IHttpContextAccessor accessor, TokenIssuer issuer) : DelegatingHandler
{
    /// <summary>Always call as the internal service, never as the user: for a coordinator that has had
    /// Requirements decide the user's access itself (the trust rule, docs/decisions.md, issue 13).</summary>
    public bool AsService { get; set; }

    private string? _serviceToken;
    private DateTime _serviceTokenExpires;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && AsService)
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, "Bearer " + ServiceToken());
        else if (request.Headers.Authorization is null)
        {
            var incoming = accessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
            if (!string.IsNullOrEmpty(incoming)) request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, incoming);
            else if (accessor.HttpContext is null) request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, "Bearer " + ServiceToken());
        }
        return base.SendAsync(request, cancellationToken);
    }

    private string ServiceToken()
    {
        if (_serviceToken is null || DateTime.UtcNow > _serviceTokenExpires)
        {
            _serviceToken = issuer.Issue("internal-service", Roles.Service, lifetime: TimeSpan.FromHours(1));
            _serviceTokenExpires = DateTime.UtcNow.AddMinutes(50);
        }
        return _serviceToken;
    }
}

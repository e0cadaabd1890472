using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>This process's own identity for calls it makes as itself: a client-credentials token from the
/// provider's token endpoint (found through the same discovery document the bearer scheme reads), kept
/// until shortly before it expires. In-memory test hosts with no provider sign one with the test key.</summary>
public sealed class ServiceIdentity(AuthOptions options, AuthModes modes, IHttpClientFactory http,
    IOptionsMonitor<JwtBearerOptions> bearer, TimeProvider? time = null)
{
    public const string HttpClientName = "segmentation-service-identity";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && _time.GetUtcNow() < _renewAt) return _token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && _time.GetUtcNow() < _renewAt) return _token;
            var (token, lifetime) = modes.Provider ? await RequestAsync(cancellationToken) : (TestToken(), TimeSpan.FromHours(1));
            _token = token;
            _renewAt = _time.GetUtcNow().Add(lifetime / 2);
            return token;
        }
        finally { _gate.Release(); }
    }

    private string TestToken() => new TokenIssuer(options).Issue(options.ServiceClient.ClientId, Roles.Service, lifetime: TimeSpan.FromHours(1));

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var manager = bearer.Get(AuthSchemes.Provider).ConfigurationManager
            ?? throw new InvalidOperationException("The provider's discovery document is not configured (Auth:Authority).");
        var discovery = await manager.GetConfigurationAsync(cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ServiceClient.ClientId,
            ["client_secret"] = options.ServiceClient.ClientSecret,
            ["scope"] = options.ServiceClient.Scope,
        });
        using var response = await http.CreateClient(HttpClientName).PostAsync(discovery.TokenEndpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The provider refused this service's client credentials ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new InvalidOperationException("The provider's token answer was empty.");
        return (answer.AccessToken, TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 60)));
    }
}

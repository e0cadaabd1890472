using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Segmentation.AppHost.Tests;

/// <summary>Access tokens made by the test with the development provider's own signing key (its certificate
/// in this machine's store, where OpenIddict keeps it), so each refusal test changes exactly one thing.</summary>
public sealed class ForgedTokens(Uri authority, X509Certificate2 certificate)
{
    public static ForgedTokens From(Uri authority, string providerToken)
    {
        var kid = new JsonWebToken(providerToken).Kid;
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var certificate = store.Certificates.Cast<X509Certificate2>()
            .Single(c => c.HasPrivateKey && string.Equals(c.Thumbprint, kid, StringComparison.OrdinalIgnoreCase));
        return new ForgedTokens(authority, certificate);
    }

    public string Valid() => Make();
    public string Expired() => Make(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddHours(-1));
    public string ForAudience(string audience) => Make(audience: audience);
    public string FromIssuer(string issuer) => Make(issuer: issuer);
    /// <summary>The provider's real key under a kid it does not publish (and no "x5t", which would name the key too).</summary>
    public string WithKid(string kid) => Make(key: new RsaSecurityKey(certificate.GetRSAPrivateKey()!) { KeyId = kid });

    /// <summary>Signed with a key the provider never published, under a kid it does not have.</summary>
    public string WithUnknownKey()
    {
        using var rsa = RSA.Create(2048);
        return Make(key: new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = "unknown-" + Guid.NewGuid().ToString("N") });
    }

    private string Make(string? issuer = null, string audience = "segmentation", SecurityKey? key = null,
        DateTime? expires = null, DateTime? notBefore = null)
    {
        key ??= new X509SecurityKey(certificate, certificate.Thumbprint);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? authority.ToString(),
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "admin"), new Claim("name", "Admin"), new Claim("role", "admin")]),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}

using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Signs tokens with the test-only key (Auth:SigningKey): in-memory test hosts and benchmarks.
/// Production never accepts them (AuthExtensions registers the test scheme only outside Production).</summary>
public sealed class TokenIssuer(AuthOptions options)
{
    public string Issue(string subject, string role, string? cse = null, TimeSpan? lifetime = null)
    {
        var claims = new List<Claim> { new("sub", subject), new("name", subject), new("role", role) };
        if (cse is not null) claims.Add(new Claim(Roles.CseClaim, cse));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.Add(lifetime ?? TimeSpan.FromHours(12)),
            SigningCredentials = new SigningCredentials(KeyOf(options), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey KeyOf(AuthOptions options)
    {
        if (options.SigningKey.Length < 32)
            throw new InvalidOperationException("Auth:SigningKey must be set and at least 32 characters long.");
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }
}

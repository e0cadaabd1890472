using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Segmentation.AppHost;

/// <summary>The JWT signing key shared by the gateway and the services: Auth:SigningKey when given,
/// else a random key generated once and kept in .data/auth-signing-key for local runs.</summary>
public static class SigningKey
{
    public static string Resolve(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["Auth:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var file = Path.Combine(dataDirectory, "auth-signing-key");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(dataDirectory);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(file, key);
        return key;
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Segmentation.AppHost;

/// <summary>The key every service signs its page tokens with: PageTokens:Key when given, else a random
/// key generated once and kept in .data/page-token-key, so tokens survive restarts and every replica
/// of a service accepts the tokens of the others.</summary>
public static class PageTokenKey
{
    public static string Resolve(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["PageTokens:Key"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var file = Path.Combine(dataDirectory, "page-token-key");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(dataDirectory);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(file, key);
        return key;
    }
}

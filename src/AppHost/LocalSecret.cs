using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Segmentation.AppHost;

/// <summary>A secret every process shares (the services' client secret, the page-token key): the configured
/// value when given, else a random key generated once and kept under .data/, so tokens survive
/// restarts and every replica accepts the others'.</summary>
public static class LocalSecret
{
    public static string Resolve(IConfiguration configuration, string configurationKey, string dataDirectory, string fileName)
    {
        var configured = configuration[configurationKey];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var file = Path.Combine(dataDirectory, fileName);
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(dataDirectory);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(file, key);
        return key;
    }
}

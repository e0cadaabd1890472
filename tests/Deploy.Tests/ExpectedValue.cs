using System.Text.RegularExpressions;

namespace Segmentation.Deploy.Tests;

/// <summary>What a publish-mode value of the model becomes in Kubernetes: a binding is the Service's DNS
/// name and port, a process listens on every interface (not the model's localhost), and a connection
/// string, a parameter or a secret the AppHost generated must come from the Secret (null here).</summary>
public static partial class ExpectedValue
{
    public static string? For(string value, AppHostModel model)
    {
        if (model.GeneratedSecrets.Contains(value)) return null;
        var translated = Binding().Replace(value, m =>
        {
            var (resource, property) = (m.Groups[1].Value, m.Groups[3].Value);
            var port = model.Project(resource).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return property switch
            {
                "url" => $"http://{resource}:{port}",
                "scheme" => "http",
                "host" => resource,
                _ => port, // port, targetPort
            };
        });
        if (translated.Contains('{', StringComparison.Ordinal)) return null;
        return translated.Replace("://localhost:", "://+:", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{([a-z0-9-]+)\.bindings\.([a-z0-9-]+)\.(url|scheme|host|port|targetPort)\}")]
    private static partial Regex Binding();
}

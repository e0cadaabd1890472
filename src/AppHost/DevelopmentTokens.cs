using System.Net.Http.Json;
using System.Text.Json;

namespace Segmentation.AppHost;

/// <summary>Asks the development provider for a user's access token with its development grant: the
/// same one-command request the README shows for curl.</summary>
public sealed class DevelopmentTokens(string authority)
{
    public const string Grant = "urn:segmentation:development";
    public const string Client = "segmentation-scripts";

    public async Task<string> IssueAsync(string userName, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = Grant, ["client_id"] = Client, ["username"] = userName, ["scope"] = "segmentation",
        });
        using var response = await http.PostAsync(new Uri(new Uri(authority), "connect/token"), form, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode || !body.TryGetProperty("access_token", out var token))
            throw new InvalidOperationException($"{(int)response.StatusCode} {body}");
        return token.GetString()!;
    }
}

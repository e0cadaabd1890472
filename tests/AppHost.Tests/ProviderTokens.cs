using System.Net.Http.Json;
using System.Text.Json;

namespace Segmentation.AppHost.Tests;

/// <summary>Raw token-endpoint requests to the development provider, as a script would send them.</summary>
public static class ProviderTokens
{
    public static async Task<HttpResponseMessage> PostAsync(Uri authority, Dictionary<string, string> form)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await http.PostAsync(new Uri(authority, "connect/token"), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public static async Task<string> ClientCredentialsAsync(Uri authority, string clientId, string secret)
    {
        using var response = await PostAsync(authority, new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "segmentation",
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }
}

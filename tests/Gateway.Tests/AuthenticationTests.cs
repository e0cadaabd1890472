using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Every /api route refuses a request without a valid token with 401 problem details.</summary>
public sealed class AuthenticationTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    public static TheoryData<string> Routes => ApiRoutes.Names(ApiRoutes.All.Concat(ApiRoutes.Additions));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task No_token_is_401(string name) => await AssertUnauthenticated(name, null);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_expired_token_is_401(string name) => await AssertUnauthenticated(name, TestAuth.Expired);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_token_signed_with_another_key_is_401(string name) => await AssertUnauthenticated(name, TestAuth.Forged);

    [Fact]
    public async Task A_tampered_token_is_401()
    {
        // Same header and signature, a payload edited to claim another role.
        var parts = TestData.AnaToken.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1])))
            .Replace("\"cse\"", "\"admin\"", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        using var response = await shared.Host.Client(tampered).GetAsync("/api/event-types");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_valid_token_without_a_known_role_is_403()
    {
        var stranger = new Segmentation.ServiceDefaults.Auth.TokenIssuer(TestAuth.Options).Issue("visitor", "guest");

        using var response = await shared.Host.Client(stranger).GetAsync("/api/event-types");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private async Task AssertUnauthenticated(string name, string? token)
    {
        var before = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);
        using var request = ApiRoutes.Find(name).Request();

        using var response = await shared.Host.Client(token).SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.True(response.Headers.WwwAuthenticate.Count > 0);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString)).DifferencesFrom(before));
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}

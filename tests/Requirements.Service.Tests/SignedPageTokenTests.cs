using System.Text;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 12: ListClients page tokens are signed by the service and bound to their query;
/// a hand-built, altered, foreign or expired token is INVALID_ARGUMENT naming page_token.</summary>
public sealed class SignedPageTokenTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private static readonly string NoFilters = PageTokenCodec.Filters(null, null, null);

    private static PageTokenCodec Codec(DateTimeOffset now) =>
        new(Encoding.UTF8.GetBytes(ServiceFactory<RequirementsServiceMarker>.PageTokenKey), new FixedTimeProvider(now), TimeSpan.FromHours(24));

    private Task<ListClientsResponse> PageAsync(string token) =>
        Admin.ListClientsAsync(new ListClientsRequest { PageSize = 1, PageToken = token }).ResponseAsync;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var name in new[] { "Alfred", "Barwon Health", "Cabrini" }) await CreateClientAsync(name, "Giant");
    }

    [Fact]
    public async Task A_token_of_this_service_continues_the_listing()
    {
        var first = await PageAsync("");
        var second = await PageAsync(first.NextPageToken);

        Assert.Equal(["Alfred", "Barwon Health"], [first.Clients[0].Name, second.Clients[0].Name]);
    }

    [Fact]
    public async Task A_hand_built_token_in_the_old_unsigned_format_is_refused()
    {
        // Exactly what the unsigned codec accepted: base64url("v1␟{first 12 hex of SHA-256 of the filters}␟{last name}").
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("\u001e\u001e")))[..12];
        var old = Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1\u001f{fingerprint}\u001fAlfred")).TrimEnd('=');

        await Errors.ExpectInvalidAsync(() => PageAsync(old), "page_token");
    }

    [Fact]
    public async Task An_altered_token_is_refused()
    {
        var token = (await PageAsync("")).NextPageToken;
        var parts = token.Split('.');
        var payload = Convert.FromBase64String(parts[1].Replace('-', '+').Replace('_', '/').PadRight((parts[1].Length + 3) / 4 * 4, '='));
        var altered = Encoding.UTF8.GetString(payload).Replace("Alfred", "Barwon Health");
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(altered)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        await Errors.ExpectInvalidAsync(() => PageAsync($"{parts[0]}.{forged}.{parts[2]}"), "page_token");
    }

    [Fact]
    public async Task A_token_of_another_service_or_query_is_refused()
    {
        var foreign = Codec(Now).Encode("compliance.ListPortfolio", NoFilters, new { After = "Alfred" });
        var otherQuery = (await Admin.ListClientsAsync(new ListClientsRequest { PageSize = 1, Segment = "Giant" })).NextPageToken;

        await Errors.ExpectInvalidAsync(() => PageAsync(foreign), "page_token");
        await Errors.ExpectInvalidAsync(() => PageAsync(otherQuery), "page_token");
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_a_fresh_one_signed_with_the_key_is_not()
    {
        var expired = Codec(Now.AddDays(-2)).Encode("requirements.ListClients", NoFilters, new { After = "Alfred" });
        var fresh = Codec(Now).Encode("requirements.ListClients", NoFilters, new { After = "Alfred" });

        var violations = await Errors.InvalidAsync(() => PageAsync(expired));
        Assert.Equal("page_token", Assert.Single(violations).Field);
        Assert.Contains("expired", violations[0].Description);
        Assert.Equal("Barwon Health", Assert.Single((await PageAsync(fresh)).Clients).Name);
    }
}

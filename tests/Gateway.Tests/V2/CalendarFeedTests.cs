using System.Net;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>The secret calendar feed: POST /api/calendar/feed → {url}; GET /calendar/{secret}.ics with no token serves the
/// owner's events as RFC 5545 (CRLF, folding at 75 octets, escaping, UID, DTSTAMP); rotating kills the old URL, DELETE
/// revokes, an unknown secret is 404, and only a hash of the secret is stored.</summary>
public sealed class CalendarFeedTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Notes = "Agenda: budget, roadmap; path C:\\plans\nSecond line with a long tail that must be folded somewhere past seventy-five octets — ünïcödé";

    private InMemorySystem _host = null!;
    private string _anaEvent = null!;
    private string _benEvent = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ClockedSystem.StartAsync(postgres);
        _anaEvent = await Seed.EventAsync(_host, TestData.AnaClient, "SLA_REVIEW", "2025-07-01", notes: Notes);
        _benEvent = await Seed.EventAsync(_host, TestData.BenClient, "SLA_REVIEW", "2025-07-02");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<string> NewFeedAsync(string token)
    {
        using var response = await _host.Client(token).PostAsync("/api/calendar/feed", null);
        var url = (await Json.ReadAsync(response)).GetProperty("url").GetString()!;
        Assert.Matches(@"/calendar/[A-Za-z0-9_-]{43}\.ics$", url);
        return new Uri(url).AbsolutePath;
    }

    private async Task<(HttpStatusCode Status, string Body, string? Type)> ReadAsync(string path)
    {
        using var response = await _host.Client(null).GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_feed_is_rfc_5545_of_the_owners_events_only()
    {
        var (status, body, type) = await ReadAsync(await NewFeedAsync(TestData.AnaToken));

        Assert.Equal((HttpStatusCode.OK, "text/calendar"), (status, type));
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", body);
        Assert.EndsWith("END:VCALENDAR\r\n", body);
        Assert.DoesNotContain("\n", body.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(body.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = body.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"UID:{_anaEvent}@segmentation\r\n", unfolded);
        Assert.DoesNotContain(_benEvent, unfolded);
        Assert.Contains("DTSTART;VALUE=DATE:20250701\r\nDTEND;VALUE=DATE:20250702\r\n", unfolded);
        Assert.Matches(@"DTSTAMP:\d{8}T\d{6}Z\r\n", unfolded);
        Assert.Contains(@"Agenda: budget\, roadmap\; path C:\\plans\nSecond line", unfolded);
        Assert.Contains("ünïcödé", unfolded);
    }

    [Fact]
    public async Task An_admins_feed_has_every_clients_events()
    {
        var (_, body, _) = await ReadAsync(await NewFeedAsync(TestAuth.Admin));

        Assert.Contains(_benEvent, body.Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rotating_kills_the_old_url_and_revoking_the_new_one()
    {
        var first = await NewFeedAsync(TestData.BenToken);
        var second = await NewFeedAsync(TestData.BenToken);

        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(second)).Status);
        using var revoked = await _host.Client(TestData.BenToken).DeleteAsync("/api/calendar/feed");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(second)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync("/calendar/not-a-secret.ics")).Status);
    }

    [Fact]
    public async Task Only_a_hash_of_the_secret_is_stored()
    {
        var path = await NewFeedAsync(TestData.AnaToken);
        var secret = path["/calendar/".Length..^".ics".Length];

        await using var connection = new NpgsqlConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT secret_hash, owner || coalesce(cse, '') FROM segmentation_event_calendar_feeds", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(byte[] Hash, string Text)>();
        while (await reader.ReadAsync()) rows.Add(((byte[])reader[0], reader.GetString(1)));

        Assert.Contains(rows, r => r.Hash.SequenceEqual(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        Assert.DoesNotContain(rows, r => r.Text.Contains(secret, StringComparison.Ordinal) || r.Hash.SequenceEqual(Encoding.UTF8.GetBytes(secret)));
    }

    [Fact]
    public async Task The_feed_routes_need_a_signed_in_caller()
    {
        using var response = await _host.Client(null).PostAsync("/api/calendar/feed", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

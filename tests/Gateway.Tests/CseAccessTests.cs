using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>A CSE works only on own clients: another CSE's client and its events answer exactly as if they
/// did not exist (404 by name or id; lists leave them out), admin-only writes are 403 for any CSE, and an
/// admin may do all of it. Ana must never see Ben's "WA Health".</summary>
public sealed class CseAccessTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Ben = "WA%20Health";
    private const string AsOf = "year=2025&asOf=2025-11-27";

    private InMemorySystem _host = null!;
    private string _benEventId = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await WholeSystem.StartAsync(postgres);
        using var response = await _host.Client(TestData.BenToken).PostAsync("/api/events/schedule",
            Json.Raw("""{"clientName":"WA Health","eventCode":"SLA_REVIEW","eventDate":"2025-05-05","notes":"Ben only"}"""));
        _benEventId = (await Json.ReadAsync(response)).GetProperty("id").GetString()!;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Ana => _host.Client(TestData.AnaToken);

    public static TheoryData<string> NotFoundForAnotherCse => new()
    {
        $"GET /api/clients/{Ben}",
        $"GET /api/clients/{Ben}/deadline?{AsOf}",
        $"GET /api/clients/{Ben}/exclusions",
        $"GET /api/compliance/{Ben}?{AsOf}",
        $"GET /api/compliance/{Ben}/forecast?{AsOf}",
        $"POST /api/compliance/{Ben}/forecast?{AsOf}",
        $"GET /api/compliance/{Ben}/forecast/history",
        "GET /api/events/{ben-event}",
        "POST /api/events/{ben-event}/complete",
        "PATCH /api/events/{ben-event}",
        "DELETE /api/events/{ben-event}",
    };

    [Theory]
    [MemberData(nameof(NotFoundForAnotherCse))]
    public async Task Another_cses_client_is_404_and_nothing_changes(string route)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Ana.SendAsync(Request(route));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Ben only", problem.RawBody);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [MemberData(nameof(NotFoundForAnotherCse))]
    public async Task An_admin_reaches_the_same_routes(string route)
    {
        using var response = await _host.Client(TestAuth.Admin).SendAsync(Request(route));

        Assert.True(response.IsSuccessStatusCode, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("POST /api/events/schedule")]
    [InlineData("GET /api/events?clientName={client}")]
    [InlineData("GET /api/segmentation-events?clientName={client}&year=2025")]
    public async Task Naming_another_cses_client_answers_exactly_as_naming_no_client_at_all(string route)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var other = await Ana.SendAsync(Request(route.Replace("{client}", Ben), "WA Health"));
        using var nobody = await Ana.SendAsync(Request(route.Replace("{client}", "Nobody%20Hospital"), "Nobody Hospital"));
        var otherBody = await other.Content.ReadAsStringAsync();

        Assert.Equal(nobody.StatusCode, other.StatusCode);
        Assert.False(other.IsSuccessStatusCode && otherBody.Contains("WA Health", StringComparison.Ordinal), otherBody);
        Assert.DoesNotContain("Ben only", otherBody);
        if (!other.IsSuccessStatusCode)
            Assert.Equal((await Problem.ReadAsync(nobody)).ErrorFields, (await Problem.ReadAsync(other)).ErrorFields);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [InlineData("/api/clients", "clients", "name")]
    [InlineData($"/api/compliance?{AsOf}", "clients", "clientName")]
    [InlineData("/api/events", "events", "clientName")]
    [InlineData($"/api/workload?{AsOf}", "ceses", "cseName")]
    public async Task Lists_leave_out_another_cses_clients(string path, string list, string field)
    {
        using var response = await Ana.GetAsync(path);
        var items = (await Json.ReadAsync(response)).GetProperty(list).EnumerateArray().Select(i => i.GetProperty(field).GetString()).ToList();

        Assert.DoesNotContain("WA Health", items);
        Assert.DoesNotContain(TestData.Ben, items);
        using var admin = await _host.Client(TestAuth.Admin).GetAsync(path);
        var all = (await Json.ReadAsync(admin)).GetProperty(list).EnumerateArray().Select(i => i.GetProperty(field).GetString()).ToList();
        Assert.True(all.Contains("WA Health") || all.Contains(TestData.Ben), $"the admin sees Ben's data on {path}");
    }

    public static TheoryData<string> AdminOnlyWrites => ApiRoutes.Names(ApiRoutes.All.Where(r =>
        r.Template.StartsWith("/api/requirements/", StringComparison.Ordinal)
        || (r.Template.StartsWith("/api/clients", StringComparison.Ordinal) && r.Method != "GET")));

    [Theory]
    [MemberData(nameof(AdminOnlyWrites))]
    public async Task Reference_data_and_client_administration_are_403_for_a_cse_even_on_own_clients(string name)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);
        using var request = ApiRoutes.Find(name).Request();

        using var response = await Ana.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [MemberData(nameof(AdminOnlyWrites))]
    public async Task An_admin_may_make_those_writes(string name)
    {
        using var request = ApiRoutes.Find(name).Request();

        using var response = await _host.Client(TestAuth.Admin).SendAsync(request);

        // DELETE of an exclusion that was never set is 404 (nothing to remove), still past authorization.
        var expected = name.StartsWith("DELETE", StringComparison.Ordinal) ? HttpStatusCode.NotFound : (HttpStatusCode?)null;
        if (expected is { } status) Assert.Equal(status, response.StatusCode);
        else Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_cse_may_not_reopen_events_at_all_so_nothing_tells_whose_an_id_is()
    {
        using var own = await Ana.PostAsync("/api/events/schedule", Json.Raw("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-05-05"}"""));
        var ownId = (await Json.ReadAsync(own)).GetProperty("id").GetString();

        using var reopenOwn = await Ana.PostAsync($"/api/events/{ownId}/reopen", content: null);
        using var reopenOther = await Ana.PostAsync($"/api/events/{_benEventId}/reopen", content: null);

        Assert.Equal(reopenOwn.StatusCode, reopenOther.StatusCode);
        Assert.False(reopenOther.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_cse_reads_and_writes_own_clients_events()
    {
        using var list = await Ana.GetAsync("/api/events?clientName=Barwon%20Health");
        using var compliance = await Ana.GetAsync($"/api/compliance/Barwon%20Health?{AsOf}");
        using var slash = await Ana.GetAsync($"/api/compliance/{Uri.EscapeDataString(TestData.AnaSlashClient)}?{AsOf}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, compliance.StatusCode);
        Assert.Equal(TestData.AnaSlashClient, (await Json.ReadAsync(slash)).GetProperty("clientName").GetString());
    }

    private HttpRequestMessage Request(string route, string? clientName = null)
    {
        var space = route.IndexOf(' ');
        var method = new HttpMethod(route[..space]);
        var path = route[(space + 1)..].Replace("{ben-event}", _benEventId, StringComparison.Ordinal);
        var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post && path.EndsWith("/schedule", StringComparison.Ordinal))
            request.Content = Json.Raw($$"""{"clientName":"{{clientName}}","eventCode":"SLA_REVIEW","eventDate":"2025-06-06"}""");
        else if (method == HttpMethod.Patch) request.Content = Json.Raw("""{"notes":"Ana was here"}""");
        else if (method == HttpMethod.Post) request.Content = Json.Raw("{}");
        return request;
    }
}

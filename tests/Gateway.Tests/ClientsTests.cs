using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>API.md "Clients" through the real gateway, Requirements service and PostgreSQL.</summary>
public sealed class ClientsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Admin => _host.Client(TestAuth.Admin);

    private static string Path(string clientName) => "/api/clients/" + Uri.EscapeDataString(clientName);

    [Fact]
    public async Task An_admin_lists_every_client_and_a_cse_only_own_ones()
    {
        using var all = await Admin.GetAsync("/api/clients");
        using var own = await _host.Client(TestData.AnaToken).GetAsync("/api/clients");
        var allNames = (await Json.ReadAsync(all)).GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        var ownPage = await Json.ReadAsync(own);

        Assert.Equal([TestData.AnaClient, TestData.AnaSlashClient, TestData.BenClient], allNames.Order(StringComparer.Ordinal));
        Assert.All(ownPage.GetProperty("clients").EnumerateArray(), c => Assert.Equal(TestData.Ana, c.GetProperty("cse").GetString()));
        Assert.Equal(2, ownPage.GetProperty("clients").GetArrayLength());
        Assert.Equal("", ownPage.GetProperty("nextPageToken").GetString());
    }

    [Fact]
    public async Task Pages_follow_the_next_page_token_to_the_end()
    {
        using var first = await Admin.GetAsync("/api/clients?pageSize=2");
        var page1 = await Json.ReadAsync(first);
        var token = page1.GetProperty("nextPageToken").GetString();
        using var second = await Admin.GetAsync($"/api/clients?pageSize=2&pageToken={Uri.EscapeDataString(token!)}");
        var page2 = await Json.ReadAsync(second);

        Assert.Equal(2, page1.GetProperty("clients").GetArrayLength());
        Assert.NotEqual("", token);
        Assert.Equal(1, page2.GetProperty("clients").GetArrayLength());
        Assert.Equal("", page2.GetProperty("nextPageToken").GetString());
    }

    [Theory]
    [InlineData("?segment=Sleeping%20Giants", TestData.BenClient)]
    [InlineData("?search=barwon", TestData.AnaClient)]
    [InlineData("?cse=Ben%20Ng", TestData.BenClient)]
    public async Task Filters_narrow_the_list(string query, string expected)
    {
        using var response = await Admin.GetAsync("/api/clients" + query);
        var clients = (await Json.ReadAsync(response)).GetProperty("clients");

        Assert.Equal(expected, Assert.Single(clients.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_client_with_a_slash_in_its_name_is_found_by_its_encoded_name()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync(Path(TestData.AnaSlashClient));
        var client = await Json.ReadAsync(response);

        Assert.Equal(TestData.AnaSlashClient, client.GetProperty("name").GetString());
        Assert.Equal("Leverage", client.GetProperty("segment").GetString());
        var period = Assert.Single(client.GetProperty("segmentHistory").EnumerateArray());
        Assert.Equal("2024-01-01", period.GetProperty("effectiveFrom").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, period.GetProperty("effectiveTo").ValueKind);
        Assert.Equal(0, client.GetProperty("aliases").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_client_is_404()
    {
        using var response = await Admin.GetAsync(Path("Nobody Hospital"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_creates_a_client_then_a_duplicate_is_409()
    {
        var body = """{"name":"Grampians","segment":"Collaborate","cse":"Ana Lee","segmentSince":"2025-01-01"}""";

        using var created = await Admin.PostAsync("/api/clients", Json.Raw(body));
        var client = await Json.ReadAsync(created);
        using var again = await Admin.PostAsync("/api/clients", Json.Raw(body));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/clients/Grampians", created.Headers.Location?.OriginalString);
        Assert.Equal("Collaboration", client.GetProperty("segment").GetString());
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"segment":"Giant","cse":"Ana Lee"}""", "name")]
    [InlineData("""{"name":"X","segment":"Platinum","cse":"Ana Lee"}""", "segment")]
    [InlineData("""{"name":"X","segment":"Giant","segmentSince":"01/02/2025"}""", "segmentSince")]
    [InlineData("""{"name":"X","segment":"Giant","tier":"Giant"}""", "tier")]
    public async Task A_bad_new_client_is_400_naming_the_field_and_creates_nothing(string body, string field)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Admin.PostAsync("/api/clients", Json.Raw(body));

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_segment_change_closes_the_open_period_and_moves_the_deadline()
    {
        using var change = await Admin.PostAsync(Path(TestData.AnaClient) + "/segment-changes",
            Json.Raw("""{"segment":"Leverage","effectiveFrom":"2025-09-01","notes":"Annual review"}"""));
        var client = await Json.ReadAsync(change);
        using var deadline = await Admin.GetAsync(Path(TestData.AnaClient) + "/deadline?year=2025&asOf=2025-11-27");
        var assessment = await Json.ReadAsync(deadline);

        Assert.Equal("Leverage", client.GetProperty("segment").GetString());
        Assert.Equal(2, client.GetProperty("segmentHistory").GetArrayLength());
        Assert.True(assessment.GetProperty("hasChanged").GetBoolean());
        Assert.Equal("2025-09-01", assessment.GetProperty("changeDate").GetString());
        Assert.Equal("Maintain", assessment.GetProperty("previousSegment").GetString());
        Assert.Equal("Leverage", assessment.GetProperty("currentSegment").GetString());
        Assert.Equal("2025-12-31", assessment.GetProperty("originalDeadline").GetString());
        Assert.Equal("2026-06-30", assessment.GetProperty("deadline").GetString());
        Assert.Equal(7, assessment.GetProperty("monthsToDeadline").GetInt32());
    }

    [Fact]
    public async Task A_deadline_without_a_change_is_the_year_end()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync(Path(TestData.AnaClient) + "/deadline?year=2025&asOf=2025-11-27");
        var assessment = await Json.ReadAsync(response);

        Assert.Equal(2025, assessment.GetProperty("year").GetInt32());
        Assert.False(assessment.GetProperty("hasChanged").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, assessment.GetProperty("changeDate").ValueKind);
        Assert.Equal("2025-12-31", assessment.GetProperty("deadline").GetString());
        Assert.Equal(1, assessment.GetProperty("monthsToDeadline").GetInt32());
    }

    [Theory]
    [InlineData("?year=abc", "year")]
    [InlineData("?asOf=2025-02-30", "asOf")]
    [InlineData("?asOf=yesterday", "asOf")]
    public async Task A_bad_deadline_query_is_400_naming_it(string query, string field)
    {
        using var response = await Admin.GetAsync(Path(TestData.AnaClient) + "/deadline" + query);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task An_exclusion_is_set_listed_and_removed_then_removing_again_is_404()
    {
        var exclusion = Path(TestData.AnaClient) + "/exclusions/SAT_PLAN";

        using var set = await Admin.PutAsync(exclusion, Json.Raw("""{"reason":"Covered by the state contract"}"""));
        var stored = await Json.ReadAsync(set);
        using var list = await _host.Client(TestData.AnaToken).GetAsync(Path(TestData.AnaClient) + "/exclusions");
        var listed = await Json.ReadAsync(list);
        using var removed = await Admin.DeleteAsync(exclusion);
        using var again = await Admin.DeleteAsync(exclusion);

        Assert.Equal(("SAT_PLAN", "Covered by the state contract"), (stored.GetProperty("eventCode").GetString(), stored.GetProperty("reason").GetString()));
        Assert.Equal("SAT_PLAN", Assert.Single(listed.EnumerateArray()).GetProperty("eventCode").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/exclusions/SAT_PLAN", """{"reason":""}""", "reason")]
    [InlineData("/exclusions/NOPE", """{"reason":"x"}""", "eventCode")]
    [InlineData("/exclusions/SAT_PLAN", """{"why":"x"}""", "why")]
    public async Task A_bad_exclusion_is_400_naming_the_field(string suffix, string body, string field)
    {
        using var response = await Admin.PutAsync(Path(TestData.AnaClient) + suffix, Json.Raw(body));

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }
}

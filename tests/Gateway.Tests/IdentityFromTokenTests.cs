using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Issue 12: no REST body can say who created or completed an event or where it came from; the
/// services record the verified caller, and the source is "api", or "dashboard" for the dashboard's calls.</summary>
public sealed class IdentityFromTokenTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Ana => _host.Client(TestData.AnaToken);

    private async Task<JsonElement> ScheduleAsync(string date, string? clientHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/schedule")
        {
            Content = Json.Raw($$"""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"{{date}}"}"""),
        };
        if (clientHeader is not null) request.Headers.Add("X-Segmentation-Client", clientHeader);
        using var response = await Ana.SendAsync(request);
        return await Json.ReadAsync(response);
    }

    [Theory]
    [InlineData(null, "api")]
    [InlineData("dashboard", "dashboard")]
    [InlineData("demo", "api")]
    public async Task The_source_is_api_or_dashboard_and_the_creator_is_the_caller(string? header, string source)
    {
        var e = await ScheduleAsync("2025-03-04", header);

        Assert.Equal((source, "cse:Ana Lee"), (e.GetProperty("source").GetString(), e.GetProperty("createdBy").GetString()));
    }

    [Theory]
    [InlineData("createdBy", "\"Tom Fletcher\"")]
    [InlineData("source", "\"demo\"")]
    public async Task A_schedule_body_naming_its_creator_or_source_is_400(string field, string value)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await Ana.PostAsync("/api/events/schedule", Json.Raw(
            $$"""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-03-05","{{field}}":{{value}}}"""));

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_completion_naming_its_completer_is_400_and_a_plain_one_records_the_caller()
    {
        var id = (await ScheduleAsync("2025-03-06")).GetProperty("id").GetString();

        using var forged = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedBy":"Tom Fletcher"}"""));
        await ProblemAssert.IsValidationProblemAsync(forged, "completedBy");
        using var plain = await Ana.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-03-06"}"""));

        Assert.Equal("cse:Ana Lee", (await Json.ReadAsync(plain)).GetProperty("completedBy").GetString());
    }

    [Fact]
    public async Task An_import_is_recorded_as_the_caller_with_source_import()
    {
        using var content = new StringContent("client,event,date\nBarwon Health,SLA_REVIEW,2025-02-03\n");
        content.Headers.ContentType = new("text/csv");

        using var response = await Ana.PostAsync("/api/events/import", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var connection = new Npgsql.NpgsqlConnection(_host.ConnectionString);
        Assert.Equal("import|cse:Ana Lee", await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection,
            "SELECT source || '|' || created_by FROM segmentation_events"));
    }
}

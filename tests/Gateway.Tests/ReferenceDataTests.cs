using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>API.md "Reference data" through the real gateway, Requirements service and PostgreSQL.</summary>
public sealed class ReferenceDataTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Segments_are_the_six_with_their_totals()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync("/api/segments");
        var segments = await Json.ReadAsync(response);

        Assert.Equal(6, segments.GetArrayLength());
        var giant = segments.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Giant");
        Assert.Equal(65, giant.GetProperty("totalRequiredPerYear").GetInt32());
        foreach (var field in new[] { "level", "description", "color", "requiredEventTypes" }) Assert.True(giant.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Event_types_are_the_twelve_with_their_ids()
    {
        using var response = await _host.Client(TestData.AnaToken).GetAsync("/api/event-types");
        var types = await Json.ReadAsync(response);

        Assert.Equal(12, types.GetArrayLength());
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("code").GetString() == "INSIGHT_TP"
            && t.GetProperty("id").GetString() == TestData.InsightTouchPointId
            && t.GetProperty("frequencyType").GetString() == "Per Year"
            && t.GetProperty("responsibleTeam").GetString() == "CE"
            && t.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Requirements_of_one_segment_leave_out_the_zero_rows()
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync("/api/requirements?segment=Maintain");
        var rows = await Json.ReadAsync(response);

        // Maintain requires 8 of the 12 types (SPEC §3).
        Assert.Equal(8, rows.GetArrayLength());
        var satPlan = rows.EnumerateArray().Single(r => r.GetProperty("eventCode").GetString() == "SAT_PLAN");
        Assert.Equal(("Maintain", 1, "critical"),
            (satPlan.GetProperty("segment").GetString(), satPlan.GetProperty("requiredCountPerYear").GetInt32(), satPlan.GetProperty("priorityLevel").GetString()));
    }

    [Fact]
    public async Task An_unknown_segment_is_400_naming_it()
    {
        using var response = await _host.Client(TestAuth.Admin).GetAsync("/api/requirements?segment=Platinum");

        await ProblemAssert.IsValidationProblemAsync(response, "segment");
    }

    [Fact]
    public async Task An_admin_changes_a_requirement_and_the_history_records_who_and_what()
    {
        var admin = _host.Client(TestAuth.Admin);

        using var put = await admin.PutAsync("/api/requirements/Maintain/SAT_PLAN", Json.Raw("""{"requiredCountPerYear":3,"priorityLevel":"high"}"""));
        var row = await Json.ReadAsync(put);
        using var history = await admin.GetAsync("/api/requirements/history?segment=Maintain&eventCode=SAT_PLAN");
        var entries = await Json.ReadAsync(history);

        Assert.Equal((3, "high"), (row.GetProperty("requiredCountPerYear").GetInt32(), row.GetProperty("priorityLevel").GetString()));
        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal("test-admin", entry.GetProperty("by").GetString());
        Assert.Equal(1, entry.GetProperty("before").GetProperty("requiredCountPerYear").GetInt32());
        Assert.Equal(3, entry.GetProperty("after").GetProperty("requiredCountPerYear").GetInt32());
        Assert.True(entry.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Theory]
    [InlineData("""{"priorityLevel":"high"}""", "requiredCountPerYear")]
    [InlineData("""{"requiredCountPerYear":2}""", "priorityLevel")]
    [InlineData("""{"requiredCountPerYear":-1,"priorityLevel":"high"}""", "requiredCountPerYear")]
    [InlineData("""{"requiredCountPerYear":2,"priorityLevel":"urgent"}""", "priorityLevel")]
    [InlineData("""{"requiredCountPerYear":"2","priorityLevel":"high"}""", "requiredCountPerYear")]
    [InlineData("""{"requiredCountPerYear":2,"priorityLevel":"high","segment":"Giant"}""", "segment")]
    public async Task A_bad_requirement_change_is_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var response = await _host.Client(TestAuth.Admin).PutAsync("/api/requirements/Maintain/SAT_PLAN", Json.Raw(body));

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [InlineData("/api/requirements/Platinum/SAT_PLAN", "segment")]
    [InlineData("/api/requirements/Maintain/NOPE", "eventCode")]
    public async Task An_unknown_segment_or_event_code_in_the_path_is_400_naming_it(string path, string field)
    {
        using var response = await _host.Client(TestAuth.Admin).PutAsync(path, Json.Raw("""{"requiredCountPerYear":2,"priorityLevel":"high"}"""));

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_cse_may_read_the_matrix_but_not_change_it_or_read_its_history()
    {
        var ana = _host.Client(TestData.AnaToken);
        var before = await DatabaseSnapshot.TakeAsync(_host.ConnectionString);

        using var read = await ana.GetAsync("/api/requirements");
        using var write = await ana.PutAsync("/api/requirements/Maintain/SAT_PLAN", Json.Raw("""{"requiredCountPerYear":9,"priorityLevel":"low"}"""));
        using var history = await ana.GetAsync("/api/requirements/history");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(history, HttpStatusCode.Forbidden);
        Assert.Empty((await DatabaseSnapshot.TakeAsync(_host.ConnectionString)).DifferencesFrom(before));
    }
}

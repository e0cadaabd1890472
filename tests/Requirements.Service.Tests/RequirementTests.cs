using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class RequirementTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private Task<long> AuditCountAsync() => ScalarAsync<long>("SELECT count(*) FROM tier_event_requirements_audit");

    private Task<Requirement> UpdateAsync(RequirementsService.RequirementsServiceClient client, string segment, string type, int count, string priority) =>
        client.UpdateRequirementAsync(new UpdateRequirementRequest
        {
            Segment = segment, EventType = type, RequiredCountPerYear = count, PriorityLevel = priority,
        }).ResponseAsync;

    [Fact]
    public async Task Lists_the_six_segments_with_their_totals()
    {
        var response = await Client(TestAuth.Cse("Ana")).ListSegmentsAsync(new ListSegmentsRequest());

        Assert.Equal(
            [("Maintain", 1, 8, 21), ("Leverage", 2, 9, 26), ("Nurture", 3, 11, 36), ("Collaboration", 4, 9, 34), ("Sleeping Giant", 5, 12, 66), ("Giant", 6, 11, 65)],
            response.Segments.Select(s => (s.Name, s.Level, s.RequiredEventTypes, s.TotalRequiredPerYear)));
        Assert.All(response.Segments, s => Assert.StartsWith("#", s.Color));
    }

    [Theory]
    [InlineData("", false, 60)]
    [InlineData("", true, 72)]
    [InlineData("maintain", false, 8)]
    [InlineData("Maintain", true, 12)]
    [InlineData("Sleeping Giants", false, 12)]
    [InlineData("collaborate", false, 9)]
    public async Task Lists_the_matrix_hiding_zero_rows_unless_asked(string segment, bool includeZero, int rows)
    {
        var response = await Admin.ListRequirementsAsync(new ListRequirementsRequest { Segment = segment, IncludeZero = includeZero });

        Assert.Equal(rows, response.Requirements.Count);
        Assert.Equal(includeZero, response.Requirements.Any(r => r.RequiredCountPerYear == 0));
    }

    [Fact]
    public async Task An_unknown_segment_is_invalid_wherever_it_is_accepted()
    {
        await Errors.ExpectInvalidAsync(() => Admin.ListRequirementsAsync(new ListRequirementsRequest { Segment = "Giganto" }).ResponseAsync, "segment");
        await Errors.ExpectInvalidAsync(() => UpdateAsync(Admin, "x", "nope", 1, "high"), "segment", "event_type");
    }

    [Fact]
    public async Task An_update_changes_the_cell_and_writes_its_audit_row_with_the_caller()
    {
        var updated = await UpdateAsync(Admin, "Giants", "PGL_ENGAGE", 3, "High");

        Assert.Equal(("Giant", 3, "high"), (updated.Segment, updated.RequiredCountPerYear, updated.PriorityLevel));
        var history = await Admin.ListRequirementHistoryAsync(new ListRequirementHistoryRequest { Segment = "Giant", EventType = "pgl_engage" });
        var entry = Assert.Single(history.Entries);
        Assert.Equal("test-admin", entry.By);
        Assert.Equal((1, "medium"), (entry.Before.RequiredCountPerYear, entry.Before.PriorityLevel));
        Assert.Equal((3, "high"), (entry.After.RequiredCountPerYear, entry.After.PriorityLevel));
        Assert.InRange(entry.At.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var giant = (await Admin.ListSegmentsAsync(new ListSegmentsRequest())).Segments.Single(s => s.Name == "Giant");
        Assert.Equal(67, giant.TotalRequiredPerYear);
    }

    [Fact]
    public async Task History_lists_newest_first_and_filters()
    {
        await UpdateAsync(Admin, "Maintain", "SAT_PLAN", 2, "critical");
        await UpdateAsync(Admin, "Maintain", "SAT_PLAN", 0, "low");
        await UpdateAsync(Admin, "Nurture", "SAT_PLAN", 2, "medium");

        var all = await Admin.ListRequirementHistoryAsync(new ListRequirementHistoryRequest());
        var maintain = await Admin.ListRequirementHistoryAsync(new ListRequirementHistoryRequest { Segment = "Maintain" });

        Assert.Equal(3, all.Entries.Count);
        Assert.Equal([0, 2], maintain.Entries.Select(e => e.After.RequiredCountPerYear));
        Assert.Equal(2, maintain.Entries[0].Before.RequiredCountPerYear);
        await Errors.ExpectInvalidAsync(() => Admin.ListRequirementHistoryAsync(new ListRequirementHistoryRequest { Segment = "?", EventType = "?" }).ResponseAsync, "segment", "event_type");
    }

    [Theory]
    [InlineData("Giant", "PGL_ENGAGE", 366, "high", "required_count_per_year")]
    [InlineData("Giant", "PGL_ENGAGE", -1, "high", "required_count_per_year")]
    [InlineData("Giant", "PGL_ENGAGE", 2, "urgent", "priority_level")]
    [InlineData("Giant", "PGL_ENGAGE", 2, "", "priority_level")]
    [InlineData("Gigantic", "PGL_ENGAGE", 2, "high", "segment")]
    [InlineData("Giant", "NOPE", 2, "high", "event_type")]
    public async Task A_rejected_update_changes_nothing_and_writes_no_audit(string segment, string type, int count, string priority, string field)
    {
        await Errors.ExpectInvalidAsync(() => UpdateAsync(Admin, segment, type, count, priority), field);

        Assert.Equal(0, await AuditCountAsync());
        var cell = (await Admin.ListRequirementsAsync(new ListRequirementsRequest { Segment = "Giant" })).Requirements.Single(r => r.EventCode == "PGL_ENGAGE");
        Assert.Equal((1, "medium"), (cell.RequiredCountPerYear, cell.PriorityLevel));
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once() =>
        await Errors.ExpectInvalidAsync(() => UpdateAsync(Admin, "x", "y", 400, "z"), "segment", "event_type", "required_count_per_year", "priority_level");

    [Fact]
    public async Task A_cse_may_read_the_matrix_but_not_change_it_or_read_its_audit()
    {
        var ana = Client(TestAuth.Cse("Ana"));

        var rows = await ana.ListRequirementsAsync(new ListRequirementsRequest());
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => UpdateAsync(ana, "Giant", "PGL_ENGAGE", 5, "high"));
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => ana.ListRequirementHistoryAsync(new ListRequirementHistoryRequest()).ResponseAsync);

        Assert.Equal(60, rows.Requirements.Count);
        Assert.Equal(0, await AuditCountAsync());
    }
}

using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 12: every date and year of a request uses the one strict codec and range
/// (1900-01-01 … 9000-12-31); 9999-12-31 was stored as PostgreSQL 'infinity', "2025/01/01" was accepted.</summary>
public sealed class DateRangeTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public static TheoryData<string> BadDates => ["9999-12-31", "1899-12-31", "9001-01-01", "2025/01/01", " 2025-01-01", "2025-01-01 ", "2025-1-1", "20250101"];

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_client_cannot_start_on_a_date_outside_the_rule(string since)
    {
        await Errors.ExpectInvalidAsync(() => CreateClientAsync("Barwon Health", "Giant", since: since), "segment_since");

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM nps_clients"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM client_segmentation WHERE effective_from = 'infinity'"));
    }

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_segment_change_cannot_take_effect_on_a_date_outside_the_rule(string from)
    {
        await CreateClientAsync("Barwon Health", "Giant");

        await Errors.ExpectInvalidAsync(() => ChangeAsync("Barwon Health", "Maintain", from), "effective_from");

        Assert.Single((await Admin.GetClientAsync(new GetClientRequest { Name = "Barwon Health" })).SegmentHistory);
    }

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task An_assessment_as_of_a_date_outside_the_rule_is_invalid(string asOf)
    {
        await CreateClientAsync("Barwon Health", "Giant");

        await Errors.ExpectInvalidAsync(() =>
            Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Barwon Health", AsOf = asOf }).ResponseAsync, "as_of");
    }

    [Fact]
    public async Task The_edges_of_the_range_are_accepted()
    {
        await CreateClientAsync("Barwon Health", "Giant", since: "1900-01-01");

        var latest = await Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Barwon Health", Year = 9000, AsOf = "9000-12-31" });

        Assert.Equal(("9000-12-31", "9000-12-31"), (latest.AsOf, latest.Deadline));
        await Errors.ExpectInvalidAsync(() =>
            Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Barwon Health", Year = 9001 }).ResponseAsync, "year");
    }
}

using Dapper;
using Grpc.Core;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>SPEC §5 through the real service and database.</summary>
public sealed class AssessmentTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private Task<Assessment> AssessAsync(string client, int year = 2025, string asOf = "2025-11-27", string? token = null) =>
        Client(token ?? TestAuth.Admin).GetAssessmentAsync(new GetAssessmentRequest { ClientName = client, Year = year, AsOf = asOf }).ResponseAsync;

    [Fact]
    public async Task A_change_in_september_extends_the_deadline_to_june_30()
    {
        await CreateClientAsync("WA Health", "Nurture", "Ben", "2024-01-01");
        await ChangeAsync("WA Health", "Sleeping Giant", "2025-09-01");

        var a = await AssessAsync("WA Health");

        Assert.Equal(("WA Health", "Ben", 2025, "2025-11-27"), (a.ClientName, a.Cse, a.Year, a.AsOf));
        Assert.True(a.HasChanged);
        Assert.Equal(("2025-09-01", "Nurture", "Sleeping Giant"), (a.ChangeDate, a.PreviousSegment, a.CurrentSegment));
        Assert.Equal(("2025-12-31", "2026-06-30"), (a.OriginalDeadline, a.Deadline));
        Assert.Equal(("2025-01-01", "2026-06-30"), (a.WindowStart, a.WindowEnd));
        Assert.Equal(7, a.MonthsToDeadline);
        Assert.Equal(2, a.Periods.Count);
        Assert.Equal(12, a.Expected.Count);
        Assert.Equal(66, a.Expected.Sum(e => e.Expected)); // Sleeping Giant dominates Nurture everywhere
        var evp = a.Expected.Single(e => e.EventCode == "EVP_ENGAGE");
        Assert.Equal(("f1fa97ca-2a61-4aa0-a21f-d873d2858774", "EVP Engagement", 4, "critical"), (evp.EventTypeId, evp.EventName, evp.Expected, evp.PriorityLevel));
    }

    [Fact]
    public async Task Without_a_change_the_deadline_is_december_31_and_year_and_as_of_default_to_today_in_sydney()
    {
        await CreateClientAsync("Barwon Health", "Maintain", "Ana", "2024-01-01");

        var a = await Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Barwon Health" });

        Assert.Equal((2025, "2025-11-27"), (a.Year, a.AsOf));
        Assert.False(a.HasChanged);
        Assert.Equal(("", ""), (a.ChangeDate, a.PreviousSegment));
        Assert.Equal(("2025-12-31", 1), (a.Deadline, a.MonthsToDeadline));
        Assert.Equal(21, a.Expected.Sum(e => e.Expected));
    }

    [Fact]
    public async Task A_client_without_history_is_assessed_on_its_current_segment()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse) VALUES ('Legacy', 'Giants', 'Ana')");
        }

        var a = await AssessAsync("Legacy");

        Assert.Equal("Giant", Assert.Single(a.Periods).Segment);
        Assert.Equal(("Giant", false, 65), (a.CurrentSegment, a.HasChanged, a.Expected.Sum(e => e.Expected)));
    }

    [Fact]
    public async Task A_reassessment_into_the_same_segment_keeps_the_december_deadline()
    {
        await CreateClientAsync("Albury Wodonga", "Leverage", "Ana", "2024-01-01");
        await ChangeAsync("Albury Wodonga", "Leverage", "2025-09-01");

        var a = await AssessAsync("Albury Wodonga");

        Assert.Equal((false, "2025-12-31", 2), (a.HasChanged, a.Deadline, a.Periods.Count));
    }

    [Fact]
    public async Task The_max_rule_holds_a_client_who_moves_down_to_the_higher_counts_and_matrix_updates_apply_at_once()
    {
        await CreateClientAsync("SA Health (Sunrise)", "Giant", "Ana", "2024-01-01");
        await ChangeAsync("SA Health (Sunrise)", "Maintain", "2025-07-01");
        await Admin.UpdateRequirementAsync(new UpdateRequirementRequest { Segment = "Maintain", EventType = "SLA_REVIEW", RequiredCountPerYear = 20, PriorityLevel = "critical" });

        var a = await AssessAsync("SA Health (Sunrise)");

        var counts = a.Expected.ToDictionary(e => e.EventCode, e => (e.Expected, e.PriorityLevel));
        Assert.Equal((20, "critical"), counts["SLA_REVIEW"]); // raised above Giant's 12
        Assert.Equal((12, "medium"), counts["CE_ONSITE"]);    // Giant's count kept after moving down
        Assert.Equal((1, "critical"), counts["SAT_PLAN"]);    // only Maintain requires it
    }

    [Fact]
    public async Task Exclusions_remove_an_event_type_and_a_change_in_an_earlier_year_does_not_extend()
    {
        await CreateClientAsync("GRMC", "Leverage", "Ana", "2023-01-01");
        await ChangeAsync("GRMC", "Maintain", "2024-09-01");
        await Admin.SetExclusionAsync(new SetExclusionRequest { ClientName = "GRMC", EventType = "INSIGHT_TP", Reason = "Not licensed" });

        var y2025 = await AssessAsync("GRMC");
        var y2024 = await AssessAsync("GRMC", 2024, "2024-11-27");

        Assert.False(y2025.HasChanged);
        Assert.DoesNotContain(y2025.Expected, e => e.EventCode == "INSIGHT_TP");
        Assert.Equal(21 - 12, y2025.Expected.Sum(e => e.Expected));
        Assert.True(y2024.HasChanged);
        Assert.Equal(("2025-06-30", 7), (y2024.Deadline, y2024.MonthsToDeadline));
    }

    [Fact]
    public async Task An_alias_is_accepted_and_another_cses_client_does_not_exist()
    {
        await CreateClientAsync("Te Whatu Ora Waikato", "Collaboration", "Ana", "2024-01-01");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });

        var own = await AssessAsync("Waikato", token: TestAuth.Cse("Ana"));

        Assert.Equal("Te Whatu Ora Waikato", own.ClientName);
        await Errors.ExpectAsync(StatusCode.NotFound, () => AssessAsync("Waikato", token: TestAuth.Cse("Ben")));
        await Errors.ExpectAsync(StatusCode.NotFound, () => AssessAsync("Nobody"));
    }

    [Fact]
    public async Task Invalid_input_names_every_bad_field() =>
        await Errors.ExpectInvalidAsync(() => AssessAsync(" ", -3, "27/11/2025"), "client_name", "year", "as_of");
}

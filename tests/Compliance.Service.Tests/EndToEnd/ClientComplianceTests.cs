using Grpc.Core;
using Segmentation.Compliance.V1;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue point 1 through the three real services and PostgreSQL (today = 2025-11-27).</summary>
public sealed class ClientComplianceTests(PostgresFixture postgres) : IAsyncLifetime
{
    private Stack _stack = null!;

    public async ValueTask InitializeAsync() => _stack = await Stack.StartAsync(postgres);

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    private async Task<ClientCompliance> GetAsync(string client, int year = 0, string asOf = "", string? token = null) =>
        await _stack.Scores(token).GetClientComplianceAsync(new GetClientComplianceRequest { ClientName = client, Year = year, AsOf = asOf });

    private static string Row(EventTypeCompliance t) => $"{t.EventCode} {t.Actual}/{t.Expected} {t.Percentage} {t.Status} {t.PriorityLevel}";

    [Fact]
    public async Task Per_type_figures_overall_score_and_order_for_a_maintain_client()
    {
        await _stack.ClientAsync("Barwon Health", "Maintain");
        await _stack.CompletedAsync("Barwon Health", "STRAT_OPS", "2025-03-03");
        await _stack.CompletedAsync("Barwon Health", "SLA_REVIEW", "2025-02-03");
        await _stack.CompletedAsync("Barwon Health", "SLA_REVIEW", "2025-05-05");
        await _stack.CompletedManyAsync("Barwon Health", "INSIGHT_TP", "2025-01-06", 6);
        await _stack.CompletedManyAsync("Barwon Health", "CE_ONSITE", "2025-04-01", 2);
        // Scheduled but never completed: they must not count, past or future.
        await _stack.ScheduleAsync("Barwon Health", "WHITESPACE", "2025-06-10");
        await _stack.ScheduleAsync("Barwon Health", "SAT_PLAN", "2025-12-10");

        var compliance = await GetAsync("Barwon Health");

        Assert.Equal(
        [
            "SAT_PLAN 0/1 0 critical critical",
            "RELEASE_PLAN 0/1 0 critical medium",
            "UPDATE_360 0/2 0 critical medium",
            "WHITESPACE 0/1 0 critical medium",
            "INSIGHT_TP 6/12 50 at-risk medium",
            "STRAT_OPS 1/1 100 compliant high",
            "SLA_REVIEW 2/2 100 compliant medium",
            "CE_ONSITE 2/1 200 exceeded medium",
        ], compliance.EventTypes.Select(Row));
        Assert.Equal((3, 8, 38, "critical"), (compliance.CompliantEventTypes, compliance.TotalEventTypes, compliance.OverallScore, compliance.OverallStatus));
        Assert.Equal(("Maintain", "Ana", 2025, "2025-11-27"), (compliance.Segment, compliance.Cse, compliance.Year, compliance.AsOf));
        Assert.Equal(("2025-12-31", false, 1), (compliance.Deadline, compliance.HasSegmentChanged, compliance.MonthsToDeadline));
    }

    [Fact]
    public async Task Without_a_change_the_window_is_January_1_to_December_31()
    {
        await _stack.ClientAsync("Epworth", "Maintain");
        await _stack.CompletedAsync("Epworth", "STRAT_OPS", "2024-12-31");
        await _stack.CompletedAsync("Epworth", "SLA_REVIEW", "2025-01-01");
        await _stack.CompletedAsync("Epworth", "SLA_REVIEW", "2025-12-31");
        await _stack.CompletedAsync("Epworth", "SLA_REVIEW", "2026-01-01");
        await _stack.CompletedAsync("Epworth", "CE_ONSITE", "2026-01-01");

        var compliance = await GetAsync("Epworth", 2025, "2026-02-01");

        var byCode = compliance.EventTypes.ToDictionary(t => t.EventCode);
        Assert.Equal(0, byCode["STRAT_OPS"].Actual);
        Assert.Equal(2, byCode["SLA_REVIEW"].Actual);
        Assert.Equal(0, byCode["CE_ONSITE"].Actual);
        Assert.Equal(0, compliance.MonthsToDeadline);
    }

    [Fact]
    public async Task A_client_who_moved_up_is_held_to_the_higher_counts_with_the_extended_window()
    {
        await _stack.ClientAsync("GRMC", "Maintain");
        await _stack.ChangeSegmentAsync("GRMC", "Giant", "2025-09-01");
        await _stack.CompletedAsync("GRMC", "CE_ONSITE", "2024-12-31");
        await _stack.CompletedAsync("GRMC", "CE_ONSITE", "2025-01-01");
        await _stack.CompletedAsync("GRMC", "CE_ONSITE", "2026-01-01");
        await _stack.CompletedAsync("GRMC", "CE_ONSITE", "2026-06-30");
        await _stack.CompletedAsync("GRMC", "CE_ONSITE", "2026-07-01");

        var today = await GetAsync("GRMC");
        var afterDeadline = await GetAsync("GRMC", 2025, "2026-07-15");

        Assert.Equal(("Giant", true, "2026-06-30", 7), (today.Segment, today.HasSegmentChanged, today.Deadline, today.MonthsToDeadline));
        var ceToday = today.EventTypes.Single(t => t.EventCode == "CE_ONSITE");
        Assert.Equal((12, 1, 8), (ceToday.Expected, ceToday.Actual, ceToday.Percentage));
        // Jan 1 and Jun 30 of 2026 count for 2025; Dec 31 2024 and Jul 1 2026 do not.
        var ceLater = afterDeadline.EventTypes.Single(t => t.EventCode == "CE_ONSITE");
        Assert.Equal((12, 3, 25), (ceLater.Expected, ceLater.Actual, ceLater.Percentage));
        // Maintain's critical SAT_PLAN still applies (MAX over both segments), Giant adds PGL_ENGAGE.
        Assert.Contains(today.EventTypes, t => t.EventCode == "SAT_PLAN" && t.Expected == 1 && t.PriorityLevel == "critical");
        Assert.Contains(today.EventTypes, t => t.EventCode == "PGL_ENGAGE" && t.Expected == 1);
    }

    [Fact]
    public async Task A_client_who_moved_down_keeps_the_higher_counts_and_its_earlier_events()
    {
        await _stack.ClientAsync("SLMC", "Giant");
        await _stack.ChangeSegmentAsync("SLMC", "Maintain", "2025-09-01");
        await _stack.CompletedAsync("SLMC", "STRAT_OPS", "2025-02-03");
        await _stack.CompletedAsync("SLMC", "STRAT_OPS", "2025-10-06");

        var compliance = await GetAsync("SLMC");

        Assert.Equal(("Maintain", true, 12), (compliance.Segment, compliance.HasSegmentChanged, compliance.TotalEventTypes));
        var strat = compliance.EventTypes.Single(t => t.EventCode == "STRAT_OPS");
        Assert.Equal((2, 2, 100, "compliant"), (strat.Expected, strat.Actual, strat.Percentage, strat.Status));
    }

    [Fact]
    public async Task Exclusions_remove_a_type_and_its_events_from_the_score()
    {
        await _stack.ClientAsync("Albury Wodonga", "Leverage");
        await _stack.ExcludeAsync("Albury Wodonga", "UPDATE_360");
        await _stack.CompletedManyAsync("Albury Wodonga", "UPDATE_360", "2025-03-03", 4);
        await _stack.CompletedAsync("Albury Wodonga", "EVP_ENGAGE", "2025-03-03");

        var compliance = await GetAsync("Albury Wodonga");

        Assert.DoesNotContain(compliance.EventTypes, t => t.EventCode == "UPDATE_360");
        Assert.Equal((1, 8, 13), (compliance.CompliantEventTypes, compliance.TotalEventTypes, compliance.OverallScore));
    }

    [Fact]
    public async Task One_of_eight_is_13_percent()
    {
        await _stack.ClientAsync("DoH Victoria", "Nurture");
        await _stack.CompletedAsync("DoH Victoria", "UPDATE_360", "2025-04-04");

        var update = (await GetAsync("DoH Victoria")).EventTypes.Single(t => t.EventCode == "UPDATE_360");

        Assert.Equal((8, 1, 13, "critical"), (update.Expected, update.Actual, update.Percentage, update.Status));
    }

    [Fact]
    public async Task Zero_assessed_types_score_zero()
    {
        await _stack.ClientAsync("Nothing Required", "Maintain");
        foreach (var code in new[] { "STRAT_OPS", "SAT_PLAN", "SLA_REVIEW", "CE_ONSITE", "INSIGHT_TP", "RELEASE_PLAN", "WHITESPACE", "UPDATE_360" })
            await _stack.ExcludeAsync("Nothing Required", code);

        var compliance = await GetAsync("Nothing Required");

        Assert.Empty(compliance.EventTypes);
        Assert.Equal((0, 0, "critical"), (compliance.TotalEventTypes, compliance.OverallScore, compliance.OverallStatus));
    }

    [Fact]
    public async Task Deterministic_for_a_given_asOf_and_reachable_by_alias()
    {
        await _stack.ClientAsync("Te Whatu Ora Waikato", "Collaboration");
        await _stack.Requirements.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });
        await _stack.CompletedAsync("Te Whatu Ora Waikato", "STRAT_OPS", "2025-02-03");
        await _stack.CompletedAsync("Te Whatu Ora Waikato", "STRAT_OPS", "2025-10-06");

        var march = await GetAsync("Waikato", 2025, "2025-03-01");
        var again = await GetAsync("Waikato", 2025, "2025-03-01");
        var today = await GetAsync("Te Whatu Ora Waikato");

        Assert.Equal(march, again);
        Assert.Equal("Te Whatu Ora Waikato", march.ClientName);
        Assert.Equal(1, march.EventTypes.Single(t => t.EventCode == "STRAT_OPS").Actual);
        Assert.Equal(2, today.EventTypes.Single(t => t.EventCode == "STRAT_OPS").Actual);
        Assert.Equal(9, march.MonthsToDeadline);
    }

    [Fact]
    public async Task A_cse_sees_own_clients_only()
    {
        await _stack.ClientAsync("Grampians", "Leverage", cse: "Ana");

        var own = await GetAsync("Grampians", token: TestAuth.Cse("Ana"));

        Assert.Equal("Grampians", own.ClientName);
        await Errors.ExpectAsync(StatusCode.NotFound, () => GetAsync("Grampians", token: TestAuth.Cse("Ben")));
        await Errors.ExpectAsync(StatusCode.NotFound, () => GetAsync("Nobody At All"));
        await Errors.ExpectAsync(StatusCode.Unauthenticated, () => GetAsync("Grampians", token: TestAuth.Forged));
    }

    [Fact]
    public async Task Bad_input_names_every_bad_field()
    {
        await Errors.ExpectInvalidAsync(() => GetAsync("  ", 50, "27/11/2025"), "client_name", "year", "as_of");
    }
}

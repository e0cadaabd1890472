using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class InactiveEventTypeTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ScalarAsync<int>("UPDATE segmentation_event_types SET is_active = false WHERE event_code = 'CLIENT_FORUM' RETURNING 1");
    }

    [Fact]
    public async Task Inactive_types_are_listed_only_when_asked_and_never_assessed()
    {
        await CreateClientAsync("GHA", "Leverage", "Ana", "2024-01-01");

        var active = await Admin.ListEventTypesAsync(new ListEventTypesRequest());
        var all = await Admin.ListEventTypesAsync(new ListEventTypesRequest { IncludeInactive = true });
        var assessment = await Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "GHA", Year = 2025 });
        var leverage = (await Admin.ListSegmentsAsync(new ListSegmentsRequest())).Segments.Single(s => s.Name == "Leverage");

        Assert.Equal(11, active.EventTypes.Count);
        Assert.Contains(all.EventTypes, e => e.Code == "CLIENT_FORUM" && !e.IsActive);
        Assert.DoesNotContain(assessment.Expected, e => e.EventCode == "CLIENT_FORUM");
        Assert.Equal((8, 25), (leverage.RequiredEventTypes, leverage.TotalRequiredPerYear));
    }
}

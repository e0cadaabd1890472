using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue point 5: no cache, so the very next call after any committed write reflects it.</summary>
public sealed class FreshnessTests(PostgresFixture postgres) : IAsyncLifetime
{
    private Stack _stack = null!;

    public async ValueTask InitializeAsync()
    {
        _stack = await Stack.StartAsync(postgres);
        await _stack.ClientAsync("Fresh", "Maintain", "Ana");
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    private async Task<EventTypeCompliance?> TypeAsync(string code) =>
        (await _stack.Scores().GetClientComplianceAsync(new GetClientComplianceRequest { ClientName = "Fresh" }))
        .EventTypes.SingleOrDefault(t => t.EventCode == code);

    [Fact]
    public async Task Event_requirement_exclusion_and_segment_writes_show_in_the_very_next_call()
    {
        var id = await _stack.ScheduleAsync("Fresh", "STRAT_OPS", "2025-05-05");
        Assert.Equal(0, (await TypeAsync("STRAT_OPS"))!.Actual);

        await _stack.Events.CompleteEventAsync(new CompleteEventRequest { Id = id });
        Assert.Equal(1, (await TypeAsync("STRAT_OPS"))!.Actual);

        await _stack.Events.ReopenEventAsync(new ReopenEventRequest { Id = id });
        Assert.Equal(0, (await TypeAsync("STRAT_OPS"))!.Actual);

        await _stack.Requirements.UpdateRequirementAsync(new UpdateRequirementRequest
            { Segment = "Maintain", EventType = "STRAT_OPS", RequiredCountPerYear = 3, PriorityLevel = "critical" });
        Assert.Equal((3, "critical"), ((await TypeAsync("STRAT_OPS"))!.Expected, (await TypeAsync("STRAT_OPS"))!.PriorityLevel));

        await _stack.ExcludeAsync("Fresh", "STRAT_OPS");
        Assert.Null(await TypeAsync("STRAT_OPS"));

        await _stack.ChangeSegmentAsync("Fresh", "Giant", "2025-10-01");
        var compliance = await _stack.Scores().GetClientComplianceAsync(new GetClientComplianceRequest { ClientName = "Fresh" });
        Assert.Equal(("Giant", "2026-06-30", 7), (compliance.Segment, compliance.Deadline, compliance.MonthsToDeadline));
    }
}

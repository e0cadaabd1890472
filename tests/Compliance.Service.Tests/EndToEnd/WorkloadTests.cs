using Segmentation.Compliance.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue point 4 from real figures (today = 2025-11-27, one month left for everyone).</summary>
public sealed class WorkloadTests(PostgresFixture postgres) : IAsyncLifetime
{
    private Stack _stack = null!;

    public async ValueTask InitializeAsync()
    {
        _stack = await Stack.StartAsync(postgres);
        await _stack.ClientAsync("Ana Full", "Maintain", "Ana");
        await _stack.FullMaintainYearAsync("Ana Full");
        await _stack.CompletedAsync("Ana Full", "STRAT_OPS", "2025-08-04"); // 2 of 1: capped at 1 in the totals
        await _stack.ClientAsync("Ana Empty", "Maintain", "Ana");
        await _stack.ScheduleAsync("Ana Empty", "SAT_PLAN", "2025-12-15");
        await _stack.ClientAsync("Ben Half", "Maintain", "Ben");
        await _stack.HalfMaintainYearAsync("Ben Half");
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    private static string Figures(CseWorkload w) =>
        $"{w.CseName}: {w.TotalClients} [{string.Join(", ", w.ClientNames)}] avg {w.AvgComplianceScore} " +
        $"c/a/k {w.CompliantClients}/{w.AtRiskClients}/{w.CriticalClients} exp {w.TotalExpectedEvents} act {w.TotalActualEvents} " +
        $"out {w.OutstandingEvents} sched {w.ScheduledEvents} rate {w.CompletionRate} high {w.HighRiskClients}";

    [Fact]
    public async Task Per_cse_figures_worst_average_first_with_totals()
    {
        var workload = await _stack.Scores().GetWorkloadAsync(new GetWorkloadRequest());

        // Ana: 100 and 0 → 50; Ben: 50 → 50; tie broken by name. "Ana Empty" has risk 0.4 + 0.27 + 0.3/8 = 0.71: high.
        Assert.Equal(
        [
            "Ana: 2 [Ana Empty, Ana Full] avg 50 c/a/k 1/0/1 exp 42 act 21 out 21 sched 1 rate 50 high 1",
            "Ben: 1 [Ben Half] avg 50 c/a/k 0/1/0 exp 21 act 5 out 16 sched 0 rate 24 high 0",
        ], workload.Ceses.Select(Figures));
        Assert.Equal("All CSEs: 3 [Ana Empty, Ana Full, Ben Half] avg 50 c/a/k 1/1/1 exp 63 act 26 out 37 sched 1 rate 41 high 1",
            Figures(workload.Totals));
    }

    [Fact]
    public async Task A_cse_gets_own_clients_only()
    {
        var workload = await _stack.Scores(TestAuth.Cse("Ben")).GetWorkloadAsync(new GetWorkloadRequest());

        Assert.Equal(["Ben"], workload.Ceses.Select(c => c.CseName));
        Assert.Equal(1, workload.Totals.TotalClients);
    }

    [Fact]
    public async Task Filter_by_cse_and_reject_bad_input()
    {
        var workload = await _stack.Scores().GetWorkloadAsync(new GetWorkloadRequest { Cse = "Ana" });

        Assert.Equal(["Ana"], workload.Ceses.Select(c => c.CseName));
        await Errors.ExpectInvalidAsync(async () => await _stack.Scores().GetWorkloadAsync(new GetWorkloadRequest { Year = -1, AsOf = "x" }), "year", "as_of");
    }
}

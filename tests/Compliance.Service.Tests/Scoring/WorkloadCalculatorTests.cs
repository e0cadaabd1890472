using Segmentation.Compliance.Scoring;
using static Segmentation.Compliance.Tests.Scoring.Given;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

public sealed class WorkloadCalculatorTests
{
    private static ClientWorkload Client(string name, string cse, (string Code, int Expected, int Actual)[] types,
        Dictionary<string, int>? scheduled = null, string asOf = "2025-06-02")
    {
        var assessment = Assessment(asOf, types: types.Select(t => Type(t.Code, t.Expected)).ToArray())
            with { ClientName = name, Cse = cse };
        var score = ComplianceCalculator.Score(assessment, Counts(types.Select(t => (t.Code, t.Actual)).ToArray()));
        return ClientWorkload.From(score, scheduled ?? None);
    }

    [Fact]
    public void Figures_per_cse_from_real_counts_only()
    {
        var clients = new[]
        {
            // 100 %: one type exceeded (3 of 2 counts as 2), one met.
            Client("Barwon Health", "Ana", [("STRAT_OPS", 2, 3), ("SAT_PLAN", 1, 1)]),
            // 0 %: 4 outstanding, 1 of them scheduled; the SAT_PLAN scheduled event is not assessed here.
            Client("Epworth", "Ana", [("SLA_REVIEW", 4, 0)], Counts(("SLA_REVIEW", 1), ("SAT_PLAN", 2))),
            Client("GHA", "Ben", [("STRAT_OPS", 2, 1), ("SAT_PLAN", 1, 1)]),
        };

        var perCse = WorkloadCalculator.PerCse(clients);

        var ana = perCse.Single(c => c.CseName == "Ana");
        Assert.Equal(["Barwon Health", "Epworth"], ana.ClientNames);
        Assert.Equal((2, 50, 1, 0, 1), (ana.TotalClients, ana.AverageScore, ana.CompliantClients, ana.AtRiskClients, ana.CriticalClients));
        Assert.Equal((7, 3, 4, 1), (ana.TotalExpected, ana.TotalActual, ana.Outstanding, ana.Scheduled));
        Assert.Equal(43, ana.CompletionRate); // 3 / 7 = 42.9 %
        var ben = perCse.Single(c => c.CseName == "Ben");
        Assert.Equal((50, 0, 1, 0, 67), (ben.AverageScore, ben.CompliantClients, ben.AtRiskClients, ben.CriticalClients, ben.CompletionRate));
    }

    [Fact]
    public void Worst_average_first_then_by_name_and_empty_cse_is_unassigned()
    {
        var clients = new[]
        {
            Client("A", "Zoe", [("STRAT_OPS", 1, 1)]),
            Client("B", "", [("STRAT_OPS", 1, 0)]),
            Client("C", "  ", [("STRAT_OPS", 1, 1)]),
            Client("D", "Ben", [("STRAT_OPS", 1, 1)]),
        };

        var perCse = WorkloadCalculator.PerCse(clients);

        Assert.Equal(["Unassigned", "Ben", "Zoe"], perCse.Select(c => c.CseName));
        Assert.Equal((50, 2), (perCse[0].AverageScore, perCse[0].TotalClients));
    }

    [Fact]
    public void High_risk_clients_have_a_reported_risk_of_at_least_070()
    {
        // November, 1 month left, 0 of 1 critical type: 0.4 + 0.27 + 0.3 = 0.97.
        var assessment = Assessment("2025-11-10", types: [Type("A", 1, PriorityLevels.Critical)]) with { ClientName = "Late", Cse = "Ana" };
        var highRisk = ClientWorkload.From(ComplianceCalculator.Score(assessment, None), None);
        var fine = Client("Fine", "Ana", [("A", 1, 1)], asOf: "2025-11-10");

        var ana = WorkloadCalculator.PerCse([highRisk, fine]).Single();

        Assert.Equal(0.97m, highRisk.Risk);
        Assert.Equal(0m, fine.Risk);
        Assert.Equal(1, ana.HighRiskClients);
    }

    [Fact]
    public void Totals_cover_every_client_and_average_over_clients()
    {
        var clients = new[]
        {
            Client("A", "Ana", [("STRAT_OPS", 1, 1)]),
            Client("B", "Ana", [("STRAT_OPS", 1, 1)]),
            Client("C", "Ben", [("STRAT_OPS", 1, 0)]),
        };

        var totals = WorkloadCalculator.Totals(clients);

        Assert.Equal(("All CSEs", 3, 67), (totals.CseName, totals.TotalClients, totals.AverageScore)); // 66.7 → 67, not (100 + 0) / 2
        Assert.Equal((3, 2, 1, 67), (totals.TotalExpected, totals.TotalActual, totals.Outstanding, totals.CompletionRate));
    }

    [Fact]
    public void No_clients_no_invented_figures()
    {
        Assert.Empty(WorkloadCalculator.PerCse([]));
        var totals = WorkloadCalculator.Totals([]);
        Assert.Equal((0, 0, 0, 0), (totals.TotalClients, totals.AverageScore, totals.TotalExpected, totals.CompletionRate));
    }
}

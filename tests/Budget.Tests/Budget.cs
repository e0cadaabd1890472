using Segmentation.TestSupport.Budget;

namespace Segmentation.Budget.Tests;

/// <summary>The most a route may cost per request, across the whole system.</summary>
public sealed record Budget(int GrpcCalls, int SqlRoundTrips)
{
    /// <summary>Every /api request also spends a token from the user's rate-limit bucket, shared by the gateway
    /// replicas in PostgreSQL (issue 16): one statement at the gateway, on top of the route's own cost.</summary>
    public const int GatewayRateLimitStatements = 1;

    public void Check(RequestCost cost, ITestOutputHelper output)
    {
        output.WriteLine(cost.ToString());
        // BUDGET_REPORT=file collects "test: gRPC calls, SQL round trips" lines for a results table.
        if (Environment.GetEnvironmentVariable("BUDGET_REPORT") is { Length: > 0 } report)
            File.AppendAllText(report, $"{TestContext.Current.Test?.TestDisplayName}: {cost.GrpcCalls.Count} gRPC, {cost.SqlRoundTrips.Count} SQL\n");
        Assert.True(cost.GrpcCalls.Count <= GrpcCalls, $"{cost.GrpcCalls.Count} gRPC calls, budget {GrpcCalls}:\n{cost}");
        Assert.True(cost.SqlRoundTrips.Count <= SqlRoundTrips + GatewayRateLimitStatements,
            $"{cost.SqlRoundTrips.Count} SQL round trips, budget {SqlRoundTrips} + {GatewayRateLimitStatements} (rate limit):\n{cost}");
        // A meter that saw nothing would pass every budget: every route here reaches a service and the database.
        Assert.NotEmpty(cost.GrpcCalls);
        Assert.NotEmpty(cost.SqlRoundTrips);
    }
}

using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Every call to a service carries a deadline (Grpc:DefaultDeadlineSeconds); one that runs out
/// is 504 problem details, not a hang and not a 500.</summary>
public sealed class DeadlineTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_call_past_its_deadline_is_504()
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("Grpc:DefaultDeadlineSeconds", "0.000001"));

        using var response = await host.Client(TestAuth.Admin).GetAsync("/api/segments");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout);
    }
}

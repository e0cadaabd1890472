using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Writes are limited per user (429 with Retry-After); reads and other users are not affected;
/// the default admits one person's bulk work. The same with the buckets in the shared table or in memory.</summary>
public sealed class RateLimitTests(PostgresFixture postgres)
{
    private static HttpRequestMessage Delete() => new(HttpMethod.Delete, $"/api/events/{Guid.NewGuid()}");

    [Theory]
    [InlineData("Database")]
    [InlineData("Memory")]
    public async Task A_user_past_the_burst_gets_429_with_retry_after_while_others_and_reads_go_on(string store)
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g
            .WithSetting("RateLimiting:Store", store)
            .WithSetting("RateLimiting:Writes:Burst", "3")
            .WithSetting("RateLimiting:Writes:PermitsPerMinute", "1"));
        var ana = host.Client(TestData.AnaToken);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await ana.SendAsync(Delete());
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }
        using var refused = await ana.SendAsync(Delete());
        using var read = await ana.GetAsync("/api/event-types");
        using var other = await host.Client(TestData.BenToken).SendAsync(Delete());

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task The_default_limit_admits_a_burst_of_100_writes_from_one_user()
    {
        await using var host = await WholeSystem.StartAsync(postgres);
        var admin = host.Client(TestAuth.Admin);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            using var response = await admin.SendAsync(Delete());
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }
}

using System.Diagnostics;
using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Reads are limited per user like writes (issue 12): 429 problem details with Retry-After past
/// the limit, each user and each kind (reads, writes) with its own budget; a burst of heavy reads from one
/// user is shed, never a 5xx.</summary>
public sealed class ReadRateLimitTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_user_past_the_read_burst_gets_429_with_retry_after_while_writes_and_others_go_on()
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g
            .WithSetting("RateLimiting:Reads:Burst", "3")
            .WithSetting("RateLimiting:Reads:PermitsPerMinute", "1"));
        var ana = host.Client(TestData.AnaToken);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await ana.GetAsync("/api/event-types");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var refused = await ana.GetAsync("/api/workload");
        using var write = await ana.DeleteAsync($"/api/events/{Guid.NewGuid()}");
        using var other = await host.Client(TestData.BenToken).GetAsync("/api/event-types");

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Contains("reads", problem.RawBody, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Reads_beyond_the_places_and_the_queue_are_429_not_5xx()
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g
            .WithSetting("RateLimiting:Reads:ConcurrentRequests", "1")
            .WithSetting("RateLimiting:Reads:QueueLimit", "0"));
        var ana = host.Client(TestData.AnaToken);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await ana.GetAsync("/api/workload?year=2025&asOf=2025-11-27");
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.NotNull(response.Headers.RetryAfter);
            return response.StatusCode;
        }));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{s}"));
    }

    /// <summary>Issue 12's burst: 100 concurrent reads with one CSE token on the heaviest routes, with the
    /// default limits. 429s are fine; no 5xx; all answered within a bound.</summary>
    [Fact]
    public async Task A_burst_of_100_heavy_reads_from_one_cse_answers_no_5xx()
    {
        await using var host = await WholeSystem.StartAsync(postgres);
        var ana = host.Client(TestData.AnaToken);
        var client = Uri.EscapeDataString(TestData.AnaClient);
        string[] routes = ["/api/workload", $"/api/compliance/{client}/forecast", "/api/compliance"];
        var clock = Stopwatch.StartNew();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            using var response = await ana.GetAsync(routes[i % routes.Length]);
            return response.StatusCode;
        })).WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);

        var summary = string.Join(", ", statuses.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, summary));
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) >= 8, summary);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{clock.Elapsed} for {summary}");
    }
}

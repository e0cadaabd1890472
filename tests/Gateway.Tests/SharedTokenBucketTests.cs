using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Segmentation.Gateway.RateLimiting;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>The rate-limit buckets in PostgreSQL (issue 16): two gateways (two data sources, as two processes
/// have) spend from one bucket per user and policy; a refusal says when the next token comes; no database
/// admits the request.</summary>
public sealed class SharedTokenBucketTests(PostgresFixture postgres)
{
    private static SharedTokenBuckets Gateway(string connectionString) =>
        new(NpgsqlDataSource.Create(connectionString), NullLogger<SharedTokenBuckets>.Instance);

    [Fact]
    public async Task Two_gateways_spend_one_bucket_and_a_refusal_says_when_the_next_token_comes()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        var (a, b) = (Gateway(database), Gateway(database));
        var size = BucketSize.Of(permitsPerMinute: 6, burst: 3); // a token every 10 s
        var ct = TestContext.Current.CancellationToken;

        var answers = new List<BucketAnswer>();
        for (var i = 0; i < 4; i++) answers.Add(await (i % 2 == 0 ? a : b).TakeAsync("writes:ana", size, ct));
        var otherUser = await b.TakeAsync("writes:ben", size, ct);
        var otherPolicy = await a.TakeAsync("reads:ana", size, ct);

        Assert.Equal([true, true, true, false], answers.Select(x => x.IsGranted));
        Assert.InRange(answers[3].RetryAfter, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
        Assert.True(otherUser.IsGranted);
        Assert.True(otherPolicy.IsGranted);
    }

    [Fact]
    public async Task Concurrent_requests_through_both_gateways_get_exactly_the_burst()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        var gateways = new[] { Gateway(database), Gateway(database) };
        var size = BucketSize.Of(permitsPerMinute: 1, burst: 10);

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            gateways[i % 2].TakeAsync("writes:burst", size, TestContext.Current.CancellationToken).AsTask()));

        Assert.Equal(10, answers.Count(x => x.IsGranted));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_admits_the_request()
    {
        var unreachable = Gateway($"Host=127.0.0.1;Port={LoopbackPorts.Free()};Username=postgres;Timeout=2");

        var answer = await unreachable.TakeAsync("writes:ana", BucketSize.Of(1, 1), TestContext.Current.CancellationToken);

        Assert.True(answer.IsGranted);
    }
}

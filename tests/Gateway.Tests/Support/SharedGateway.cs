using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>One in-memory system for a whole test class, for tests that only read or that must change
/// nothing. The write and read limits are lifted here so a long table of requests from one user is not
/// throttled (RateLimitTests and ReadRateLimitTests cover the limits themselves).</summary>
public sealed class SharedGateway(PostgresFixture postgres) : IAsyncLifetime
{
    public InMemorySystem Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("RateLimiting:Writes:Burst", "1000000")
            .WithSetting("RateLimiting:Writes:PermitsPerMinute", "1000000")
            .WithSetting("RateLimiting:Reads:Burst", "1000000").WithSetting("RateLimiting:Reads:PermitsPerMinute", "1000000"));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

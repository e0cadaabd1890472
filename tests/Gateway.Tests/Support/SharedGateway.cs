using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>One in-memory system for a whole test class, for tests that only read or that must change
/// nothing. The write limit is lifted here so a long table of requests from one user is not throttled
/// (RateLimitTests covers the limit itself).</summary>
public sealed class SharedGateway(PostgresFixture postgres) : IAsyncLifetime
{
    public GatewayHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Host = await GatewayHost.StartAsync(postgres, g => g.WithSetting("RateLimiting:Writes:Burst", "1000000")
            .WithSetting("RateLimiting:Writes:PermitsPerMinute", "1000000"));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

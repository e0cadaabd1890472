namespace Segmentation.Requirements.Tests;

/// <summary>A clock stopped at one instant, so "today" is reproducible.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

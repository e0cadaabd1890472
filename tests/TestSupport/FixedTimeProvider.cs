namespace Segmentation.TestSupport;

/// <summary>A clock stopped at one instant, so "today" and default dates are reproducible.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

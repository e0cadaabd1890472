namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>"Now" fixed for every service of a test, so default dates are reproducible.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

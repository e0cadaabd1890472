namespace Segmentation.Gateway.RateLimiting;

/// <summary>A bucket's answer to one request: a token, or how long until the next one.</summary>
public sealed record BucketAnswer(bool IsGranted, TimeSpan RetryAfter)
{
    public static readonly BucketAnswer Granted = new(true, TimeSpan.Zero);

    public static BucketAnswer Refused(TimeSpan retryAfter) => new(false, retryAfter);
}

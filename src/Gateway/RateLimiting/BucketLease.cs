using System.Threading.RateLimiting;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>A lease from a shared bucket: nothing to give back (a token is spent), and a refusal carries
/// Retry-After metadata for the 429 answer.</summary>
public sealed class BucketLease(BucketAnswer answer) : RateLimitLease
{
    /// <summary>What a synchronous attempt answers: "not without asking the database", so the middleware asks.</summary>
    public static readonly BucketLease NotYetAsked = new(new BucketAnswer(false, TimeSpan.Zero));

    public override bool IsAcquired => answer.IsGranted;

    public override IEnumerable<string> MetadataNames =>
        answer.IsGranted || answer.RetryAfter <= TimeSpan.Zero ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == MetadataName.RetryAfter.Name && MetadataNames.Any())
        {
            metadata = answer.RetryAfter;
            return true;
        }
        metadata = null;
        return false;
    }
}

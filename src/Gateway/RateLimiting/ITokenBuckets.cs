namespace Segmentation.Gateway.RateLimiting;

/// <summary>Where the users' token buckets live: in PostgreSQL, shared by every gateway replica
/// (<see cref="SharedTokenBuckets"/>), or in this process when it is the only gateway (<see cref="LocalTokenBuckets"/>).</summary>
public interface ITokenBuckets
{
    /// <summary>Takes one token from <paramref name="bucket"/>; when there is none, says how long until there is.</summary>
    ValueTask<BucketAnswer> TakeAsync(string bucket, BucketSize size, CancellationToken cancellationToken);
}

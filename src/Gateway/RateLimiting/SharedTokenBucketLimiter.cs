using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>One user's bucket of one policy as a <see cref="RateLimiter"/>, so it plugs into ASP.NET Core's rate
/// limiting (partitions, chaining with the read concurrency cap, OnRejected). It holds no tokens itself: every
/// acquisition asks <see cref="SharedTokenBuckets"/>, so all gateway replicas spend from the same bucket.</summary>
public sealed class SharedTokenBucketLimiter(SharedTokenBuckets buckets, string bucket, BucketSize size) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>Lets the partitioned limiter drop this object when the user goes quiet; the bucket stays in the database.</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // The middleware tries a synchronous acquisition first and asks asynchronously when it fails.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => SharedBucketLease.NotYetAsked;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0) return new SharedBucketLease(BucketAnswer.Granted);
        return new SharedBucketLease(await buckets.TakeAsync(bucket, size, cancellationToken));
    }
}

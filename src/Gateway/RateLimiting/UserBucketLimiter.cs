using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>One user's bucket of one policy as a <see cref="RateLimiter"/>, so it plugs into ASP.NET Core's rate
/// limiting (partitions, chaining with the read concurrency cap, OnRejected). It holds no tokens itself: every
/// acquisition asks the store (<see cref="ITokenBuckets"/>), so with the shared store all gateway replicas spend from
/// the same bucket, and the stream policy spends from the read bucket.</summary>
public sealed class UserBucketLimiter(ITokenBuckets buckets, string bucket, BucketSize size) : RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>Lets the partitioned limiter drop this object when the user goes quiet; the bucket stays in its store.</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // The middleware tries a synchronous acquisition first and asks asynchronously when it fails.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => BucketLease.NotYetAsked;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0) return new BucketLease(BucketAnswer.Granted);
        return new BucketLease(await buckets.TakeAsync(bucket, size, cancellationToken));
    }
}

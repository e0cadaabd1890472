using System.Collections.Concurrent;

namespace Segmentation.Gateway.RateLimiting;

/// <summary>The buckets in this process, with the same arithmetic as the shared table: for a single gateway, where a
/// database round trip on every request would buy nothing. Two buckets per user who has called, like the table's rows.</summary>
public sealed class LocalTokenBuckets(TimeProvider time) : ITokenBuckets
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public ValueTask<BucketAnswer> TakeAsync(string bucket, BucketSize size, CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        var state = _buckets.GetOrAdd(bucket, _ => new Bucket(size.Burst, now));
        lock (state)
        {
            var tokens = Math.Min(size.Burst, state.Tokens + time.GetElapsedTime(state.UpdatedAt, now).TotalSeconds * size.PerSecond);
            state.UpdatedAt = now;
            state.Tokens = tokens >= 1 ? tokens - 1 : tokens;
            return ValueTask.FromResult(tokens >= 1 ? BucketAnswer.Granted : BucketAnswer.Refused(TimeSpan.FromSeconds((1 - tokens) / size.PerSecond)));
        }
    }

    private sealed class Bucket(double tokens, long updatedAt)
    {
        public double Tokens { get; set; } = tokens;
        public long UpdatedAt { get; set; } = updatedAt;
    }
}

using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Data;

/// <summary>The active requirement matrix (72 cells), the same for every client, kept between reads so a
/// single-client read does not fetch it each time (issue 13). Kept only while <see cref="MatrixListener"/>
/// listens: a requirement notice evicts it, a (re)connect flushes it, and a matrix read before an eviction
/// is never stored after it. At most a minute old even so, for edits made outside this service (SQL, a migration).</summary>
public sealed class MatrixCache
{
    private static readonly long MaxAgeMs = 60_000;
    private readonly Lock _gate = new();
    private RequirementMatrix? _matrix;
    private long _storedAt;
    private long _generation;
    private bool _listening;

    /// <summary>Taken before reading the matrix from the database; see <see cref="Store"/>.</summary>
    public long Generation { get { lock (_gate) return _generation; } }

    public RequirementMatrix? Current
    {
        get
        {
            lock (_gate) return _matrix is not null && Environment.TickCount64 - _storedAt < MaxAgeMs ? _matrix : null;
        }
    }

    public void Store(RequirementMatrix matrix, long generation)
    {
        lock (_gate)
        {
            if (!_listening || generation != _generation) return;
            _matrix = matrix;
            _storedAt = Environment.TickCount64;
        }
    }

    public void Evict()
    {
        lock (_gate) { _generation++; _matrix = null; }
    }

    /// <summary>Empties the cache and says whether it may fill from now on (only while notices can arrive).</summary>
    public void Flush(bool listening)
    {
        lock (_gate) { _generation++; _listening = listening; _matrix = null; }
    }
}

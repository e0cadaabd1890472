namespace Segmentation.TestSupport;

/// <summary>Durability settings of a <see cref="PostgresServer"/>.</summary>
/// <param name="Fsync">fsync and full_page_writes: survive a machine crash (slower).</param>
/// <param name="SynchronousCommit">a commit returns only once its WAL is written: survive a SIGKILL of the server.</param>
public sealed record PostgresServerOptions(bool Fsync, bool SynchronousCommit)
{
    /// <summary>Name prefix of the temporary directory (it shows in the server's command line). ./test.sh
    /// stops leftover "segmentation-pg-" servers when it ends; a long benchmark uses another prefix.</summary>
    public string DirectoryPrefix { get; init; } = "segmentation-pg-";

    /// <summary>The test default: nothing is crash-safe, everything is fast.</summary>
    public static readonly PostgresServerOptions Fast = new(Fsync: false, SynchronousCommit: false);

    /// <summary>An acknowledged commit survives a SIGKILL of every PostgreSQL process (the OS keeps its page cache).</summary>
    public static readonly PostgresServerOptions CrashSafe = new(Fsync: false, SynchronousCommit: true);

    /// <summary>PostgreSQL's own defaults: an acknowledged commit survives a power cut too.</summary>
    public static readonly PostgresServerOptions Durable = new(Fsync: true, SynchronousCommit: true);
}

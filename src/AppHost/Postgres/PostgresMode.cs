namespace Segmentation.AppHost.Postgres;

/// <summary>How the AppHost provides PostgreSQL (configuration "Postgres:Mode").</summary>
public enum PostgresMode
{
    /// <summary>The machine's PostgreSQL binaries run as Aspire executables; no Docker needed.</summary>
    Executable,
    /// <summary>Aspire's PostgreSQL container with a data volume (needs a Docker engine).</summary>
    Container,
    /// <summary>An existing server: ConnectionStrings:segmentation; the AppHost starts no database.</summary>
    External,
}

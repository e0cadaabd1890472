namespace Segmentation.ServiceDefaults.Data;

/// <summary>Configuration section "Database": the connection budget of one service.
/// Rule: Services × MaxPoolSize + ReservedConnections + superuser_reserved_connections ≤ max_connections.
/// With PostgreSQL's defaults (100, 3) and ours (3 services × 25 + 10 for the migrator and admin sessions)
/// that is 88 ≤ 100.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The most connections this service's Npgsql pool opens.</summary>
    public int MaxPoolSize { get; set; } = 25;

    /// <summary>How many services share the server with this pool size (for the startup check).</summary>
    public int Services { get; set; } = 3;

    /// <summary>Connections kept free for the migrator, psql and monitoring (besides PostgreSQL's own superuser reserve).</summary>
    public int ReservedConnections { get; set; } = 10;

    /// <summary>The connections the rule needs from the server, superuser reserve excluded.</summary>
    public int Needed => Services * MaxPoolSize + ReservedConnections;
}

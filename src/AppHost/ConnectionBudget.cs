namespace Segmentation.AppHost;

/// <summary>How PostgreSQL's connections are shared when every service and the gateway run <see cref="Replicas"/>
/// times: each replica has its own Npgsql pool, so N replicas multiply the pools. The services' pools shrink
/// so that all of it fits PostgreSQL's default max_connections (100). With one replica nothing changes
/// (3 × 25 + 10 reserved, the gateway's and the provider's small pools inside the reserve).</summary>
public sealed record ConnectionBudget(int Replicas)
{
    public const int MaxConnections = 100;
    public const int SuperuserReserved = 3;
    /// <summary>The migrator, psql and monitoring.</summary>
    public const int Reserved = 10;
    public const int GatewayPool = 4;
    public const int IdentityPool = 3;
    public const int ServicePoolCap = 25;
    /// <summary>Below this a service queues its own requests; past it raise max_connections or use PgBouncer.</summary>
    public const int ServicePoolFloor = 2;

    /// <summary>Pools of service size: three services, each <see cref="Replicas"/> times.</summary>
    public int ServicePools => 3 * Replicas;

    /// <summary>What the services' startup check keeps free besides their own pools.</summary>
    public int ReservedForOthers => Reserved + Replicas * GatewayPool + IdentityPool;

    public int ServicePool => Math.Clamp((MaxConnections - SuperuserReserved - ReservedForOthers) / ServicePools, ServicePoolFloor, ServicePoolCap);

    /// <summary>Whether the plan fits max_connections (false past 8 replicas: then raise it, or use PgBouncer).</summary>
    public bool Fits => ServicePools * ServicePool + ReservedForOthers + SuperuserReserved <= MaxConnections;
}

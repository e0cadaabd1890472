using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

/// <summary>Client names and aliases share one namespace that no unique index can span, so every
/// write to it (create client, add alias) takes this transaction-scoped advisory lock first.</summary>
internal static class ClientNamespaceLock
{
    private const long Key = 0x5E6_C11E47;

    public static Task AcquireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@Key)", new { Key }, transaction, cancellationToken: ct));

    /// <summary>The client that already owns <paramref name="name"/> as its name or as an alias, if any.</summary>
    public static Task<string?> OwnerOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition("""
            SELECT client_name FROM nps_clients WHERE client_name = @name
            UNION ALL
            SELECT client_name FROM client_aliases WHERE alias = @name
            LIMIT 1
            """, new { name }, transaction, cancellationToken: ct));
}

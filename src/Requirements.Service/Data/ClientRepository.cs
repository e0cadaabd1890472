using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

/// <summary>Reads of nps_clients: resolution of names and aliases, and filtered, keyset-paged lists.</summary>
public sealed class ClientRepository(NpgsqlDataSource dataSource)
{
    /// <summary>Clients by exact trimmed name, then by alias, keyed by the trimmed requested text;
    /// names that resolve to nothing are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ClientRow>> FindManyAsync(IEnumerable<string> names, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ResolvedRow>(new CommandDefinition("""
            SELECT k.key AS Requested, c.client_name AS Name, coalesce(c.segment, '') AS Segment, coalesce(c.cse, '') AS Cse
            FROM unnest(@keys) AS k(key)
            JOIN LATERAL (
                SELECT n.client_name, n.segment, n.cse, 0 AS rank FROM nps_clients n WHERE n.client_name = k.key
                UNION ALL
                SELECT n.client_name, n.segment, n.cse, 1 FROM client_aliases a
                JOIN nps_clients n ON n.client_name = a.client_name WHERE a.alias = k.key
                ORDER BY rank LIMIT 1) c ON true
            """, new { keys = names.Select(n => n.Trim()).Distinct().ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Requested, r => new ClientRow(r.Name, r.Segment, r.Cse), StringComparer.Ordinal);
    }

    public async Task<ClientRow?> FindAsync(string nameOrAlias, CancellationToken ct) =>
        (await FindManyAsync([nameOrAlias], ct)).GetValueOrDefault(nameOrAlias.Trim());

    public async Task<IReadOnlyList<string>> AliasesOfAsync(string clientName, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT alias FROM client_aliases WHERE client_name = @clientName ORDER BY alias", new { clientName }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Up to <paramref name="limit"/> clients after <paramref name="afterName"/> in name order.</summary>
    public async Task<IReadOnlyList<ClientRow>> ListAsync(ClientListFilter filter, string? afterName, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ClientRow>(new CommandDefinition("""
            SELECT n.client_name AS Name, coalesce(n.segment, '') AS Segment, coalesce(n.cse, '') AS Cse
            FROM nps_clients n
            WHERE (@cse::text IS NULL OR n.cse = @cse)
              AND (@segment::text IS NULL OR n.segment = @segment)
              AND (@search::text IS NULL
                   OR strpos(lower(n.client_name), lower(@search)) > 0
                   OR EXISTS (SELECT 1 FROM client_aliases a
                              WHERE a.client_name = n.client_name AND strpos(lower(a.alias), lower(@search)) > 0))
              AND (@afterName::text IS NULL OR n.client_name > @afterName)
            ORDER BY n.client_name
            LIMIT @limit
            """, new { filter.Cse, filter.Segment, filter.Search, afterName, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<bool> ReassignCseAsync(string clientName, string? cse, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE nps_clients SET cse = @cse, updated_at = now() WHERE client_name = @clientName",
            new { clientName, cse }, transaction, cancellationToken: ct)) == 1;
        if (updated) await DirectoryNotice.SendAsync(connection, transaction, clientName, ct);
        await transaction.CommitAsync(ct);
        return updated;
    }

    private sealed record ResolvedRow(string Requested, string Name, string Segment, string Cse);
}

using Dapper;
using Npgsql;

namespace Segmentation.Requirements.Data;

public sealed class ClientRepository(NpgsqlDataSource dataSource)
{
    /// <summary>Clients by exact (trimmed) name; names not found are absent from the result.</summary>
    public async Task<IReadOnlyDictionary<string, ClientRow>> FindManyAsync(IReadOnlyCollection<string> names, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ClientRow>(new CommandDefinition(
            "SELECT client_name AS Name, coalesce(segment, '') AS Segment, coalesce(cse, '') AS Cse FROM nps_clients WHERE client_name = ANY(@names)",
            new { names = names.Select(n => n.Trim()).Distinct().ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }
}

public sealed record ClientRow(string Name, string Segment, string Cse);

using Dapper;
using Npgsql;

namespace Segmentation.TestSupport;

/// <summary>Takes <see cref="DatabaseSnapshot"/>s of one database over one open connection with the
/// table list read once: a few milliseconds each, cheap enough to take after every request of a long run.</summary>
public sealed class DatabaseDigest : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _sql;

    private DatabaseDigest(NpgsqlConnection connection, string sql) => (_connection, _sql) = (connection, sql);

    public static async Task<DatabaseDigest> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Not the Data Protection key ring (a host writes its first key when it starts, whatever the request), nor
        // the rate-limit buckets (every request spends a token, whatever it changes).
        var tables = await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' " +
            "AND table_name NOT IN ('segmentation_data_protection_keys', 'segmentation_gateway_rate_limits') ORDER BY 1");
        var sql = string.Join(" UNION ALL ", tables.Select(table =>
            $"SELECT '{table.Replace("'", "''")}' AS name, count(*) AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM \"{table.Replace("\"", "\"\"")}\" t"));
        return new DatabaseDigest(connection, sql);
    }

    public async Task<DatabaseSnapshot> TakeAsync()
    {
        var result = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        if (_sql.Length == 0) return new DatabaseSnapshot(result);
        foreach (var row in await _connection.QueryAsync<(string Name, long Rows, string Digest)>(_sql)) result[row.Name] = (row.Rows, row.Digest);
        return new DatabaseSnapshot(result);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

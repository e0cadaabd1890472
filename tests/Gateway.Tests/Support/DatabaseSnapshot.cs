using Dapper;
using Npgsql;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>Row count and a digest of the contents of every table, so a test can show that a request
/// changed nothing at all (not even one column of one row).</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Digest)> Tables)
{
    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var tables = await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");
        var result = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var row = await connection.QuerySingleAsync<(long Rows, string? Digest)>(
                $"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"{table}\" t");
            result[table] = (row.Rows, row.Digest ?? "");
        }
        return new DatabaseSnapshot(result);
    }

    public long RowCount => Tables.Values.Sum(t => t.Rows);

    /// <summary>The tables whose rows differ from <paramref name="other"/>'s.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSnapshot other) =>
        [.. Tables.Keys.Union(other.Tables.Keys).Where(k => !Tables.TryGetValue(k, out var a) || !other.Tables.TryGetValue(k, out var b) || a != b)];
}

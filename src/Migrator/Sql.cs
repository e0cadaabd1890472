using Dapper;
using Npgsql;

namespace Segmentation.Migrator;

/// <summary>Small catalogue look-ups the repair needs.</summary>
public static class Sql
{
    public static Task<bool> ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string table) =>
        connection.ExecuteScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table }, tx);

    public static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string table) =>
        await ExistsAsync(connection, tx, table)
            ? await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}", transaction: tx)
            : 0;
}

using Npgsql;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>A statement without parameters or results (LISTEN, ANALYZE, a ping) on a connection already open. Named
/// apart from Dapper's ExecuteAsync, whose object parameter would silently take a CancellationToken.</summary>
public static class ConnectionCommands
{
    public static async Task RunAsync(this NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}

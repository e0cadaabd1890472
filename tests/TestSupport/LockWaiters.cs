using Npgsql;

namespace Segmentation.TestSupport;

/// <summary>Backends of a database that are blocked waiting for a lock: shows that a write really is
/// stuck behind a lock a test holds, and later that the server gave the blocked statement up.</summary>
public static class LockWaiters
{
    /// <summary>True once exactly <paramref name="expected"/> backends wait for a lock, false after <paramref name="timeout"/>.</summary>
    public static async Task<bool> ReachAsync(string connectionString, int expected, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            if ((long)(await command.ExecuteScalarAsync())! == expected) return true;
            await Task.Delay(50);
        }
        return false;
    }
}

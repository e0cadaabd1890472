using Npgsql;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>A pooled connection for LISTEN that stops listening before it goes back to the pool. The pool
/// does not reset connections (No Reset On Close, <see cref="DatabaseExtensions"/>): a connection that
/// still listened would be handed to a request and fill with notifications nobody reads. If UNLISTEN
/// cannot be confirmed, the pool is cleared, so that physical connection is closed instead of reused.</summary>
public sealed class ListeningConnection : IAsyncDisposable
{
    private ListeningConnection(NpgsqlConnection connection) => Connection = connection;

    public NpgsqlConnection Connection { get; }

    public static async Task<ListeningConnection> OpenAsync(NpgsqlDataSource source, CancellationToken ct) =>
        new(await source.OpenConnectionAsync(ct));

    public async ValueTask DisposeAsync()
    {
        if (Connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                await using var unlisten = new NpgsqlCommand("UNLISTEN *", Connection) { CommandTimeout = 5 };
                await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                NpgsqlConnection.ClearPool(Connection);
            }
        }
        await Connection.DisposeAsync();
    }
}

using Dapper;
using Npgsql;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Requirements.Data;

/// <summary>Tells the services that cache Requirements' decisions (Events) that a client changed. Sent inside
/// the writing transaction: PostgreSQL delivers it only if and when that transaction commits.</summary>
internal static class DirectoryNotice
{
    public static Task SendAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string clientName, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(DirectoryChannel.NotifySql,
            new { directory_payload = DirectoryChannel.Client(clientName) }, transaction, cancellationToken: ct));
}

using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>segmentation_event_request_keys: claimed inside the write's transaction, filled with the
/// committed answer in the batch that commits, read on retries. The commands are batch parts, so the key
/// costs no round trip of its own.</summary>
public static class RequestKeys
{
    /// <summary>Inserts the key unless it exists (one row "true" when claimed, none when not). A concurrent
    /// claim of the same id waits here until the first transaction ends, so exactly one retry goes on to write.</summary>
    public static NpgsqlBatchCommand Claim(RequestClaim claim, Guid eventId)
    {
        var command = new NpgsqlBatchCommand(ClaimSql);
        AddClaimParameters(command, claim, eventId);
        return command;
    }

    /// <summary>The claim's fixed text, for a statement that embeds it (the schedule's CTE).</summary>
    public const string ClaimSql = """
        INSERT INTO segmentation_event_request_keys (request_id, operation, fingerprint, event_id)
        VALUES (@request_id, @operation, @fingerprint, @request_event) ON CONFLICT (request_id) DO NOTHING RETURNING true
        """;

    public static void AddClaimParameters(NpgsqlBatchCommand command, RequestClaim claim, Guid eventId)
    {
        command.Parameters.AddText("request_id", claim.RequestId);
        command.Parameters.AddText("operation", claim.Operation);
        command.Parameters.AddBytes("fingerprint", claim.Fingerprint);
        command.Parameters.AddUuid("request_event", eventId);
    }

    /// <summary>The stored key (as committed by whoever claimed it first), one row or none.</summary>
    public static NpgsqlBatchCommand Find(string requestId)
    {
        var command = new NpgsqlBatchCommand(
            "SELECT operation, fingerprint, event_id, client_name, response FROM segmentation_event_request_keys WHERE request_id = @find_id");
        command.Parameters.AddText("find_id", requestId);
        return command;
    }

    public static RequestKey Read(string requestId, NpgsqlDataReader reader) =>
        new(requestId, reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetGuid(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4));

    /// <summary>Stores the answer in the same transaction as the write it describes.</summary>
    public static NpgsqlBatchCommand Record(RequestClaim claim, EventRecord result)
    {
        var command = new NpgsqlBatchCommand(
            "UPDATE segmentation_event_request_keys SET client_name = @record_client, response = @record_response WHERE request_id = @record_id");
        command.Parameters.AddText("record_id", claim.RequestId);
        command.Parameters.AddText("record_client", result.ClientName);
        command.Parameters.AddBytes("record_response", claim.Respond(result));
        return command;
    }
}

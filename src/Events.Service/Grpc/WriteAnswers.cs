using System.Security.Cryptography;
using Google.Protobuf;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Upstream;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>AIP-155 request ids, the same way for every write: the same id with the same request returns the answer
/// that was committed (stored with the key in the write's transaction); the same id with a different request,
/// or on another operation, is a caller error and changes nothing.</summary>
public sealed class WriteAnswers(ClientDirectory clients)
{
    /// <summary>The claim for <paramref name="request"/>'s request_id, or null when it has none.</summary>
    public static RequestClaim? ClaimOf<T>(Validation v, string operation, T request, string requestId, Func<EventRecord, IMessage> respond)
        where T : IMessage<T>
    {
        var id = FieldRules.Text(v, "request_id", requestId, Limits.RequestId);
        if (id is null) return null;
        return new RequestClaim(id, operation, FingerprintOf(request), record => respond(record).ToByteArray());
    }

    /// <summary>The committed answer of an earlier call with the same request id (null for keys stored before answers
    /// were kept). A caller who may not see the client it touched learns nothing (NOT_FOUND, as for any event of another CSE).</summary>
    public async Task<T?> ReplayAsync<T>(RequestKey key, RequestClaim claim, MessageParser<T> parser, Caller caller, CancellationToken ct)
        where T : class, IMessage<T>
    {
        if (key.Operation != claim.Operation || !CryptographicOperations.FixedTimeEquals(key.Fingerprint, claim.Fingerprint))
            throw new ValidationException("request_id", $"Request id '{key.RequestId}' was already used for a different request.");
        if (key.ClientName is null || key.Response is null) return null;
        if (!await clients.CanSeeAsync(caller, key.ClientName, ct))
            throw new NotFoundException($"Event '{key.EventId}' does not exist.");
        return parser.ParseFrom(key.Response);
    }

    /// <summary>SHA-256 of the request without its request id (protobuf serialisation is deterministic here: no maps).</summary>
    private static byte[] FingerprintOf<T>(T request) where T : IMessage<T>
    {
        var copy = request.Clone();
        copy.Descriptor.FindFieldByName("request_id").Accessor.Clear(copy);
        return SHA256.HashData(copy.ToByteArray());
    }
}

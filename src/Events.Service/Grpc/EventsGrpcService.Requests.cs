using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>AIP-155 request ids, the same way for every write: the same id with the same request returns
/// the answer that was committed (stored with the key in the write's transaction); the same id with a
/// different request, or on another operation, is a caller error and changes nothing.</summary>
public sealed partial class EventsGrpcService
{
    /// <summary>The claim for <paramref name="request"/>'s request_id, or null when it has none.</summary>
    private static RequestClaim? ClaimOf<T>(Validation v, string operation, T request, string requestId, Func<EventRecord, IMessage> respond)
        where T : IMessage<T>
    {
        var id = FieldRules.Text(v, "request_id", requestId, Limits.RequestId);
        if (id is null) return null;
        return new RequestClaim(id, operation, FingerprintOf(request), record => respond(record).ToByteArray());
    }

    /// <summary>SHA-256 of the request without its request id (protobuf serialisation is deterministic here: no maps).</summary>
    private static byte[] FingerprintOf<T>(T request) where T : IMessage<T>
    {
        var copy = request.Clone();
        copy.Descriptor.FindFieldByName("request_id").Accessor.Clear(copy);
        return SHA256.HashData(copy.ToByteArray());
    }

    /// <summary>A stored key when <paramref name="claim"/>'s id was used before, checked against this request.</summary>
    private async Task<RequestKey?> EarlierAsync(RequestClaim? claim, ServerCallContext context) =>
        claim is null ? null : await requestKeys.FindAsync(claim.RequestId, context.CancellationToken);

    /// <summary>The committed answer of an earlier call with the same request id. A caller who may not see
    /// the client it touched learns nothing (NOT_FOUND, as for any event of another CSE).</summary>
    private async Task<T?> ReplayAsync<T>(RequestKey key, RequestClaim claim, MessageParser<T> parser, ServerCallContext context)
        where T : class, IMessage<T>
    {
        if (key.Operation != claim.Operation || !CryptographicOperations.FixedTimeEquals(key.Fingerprint, claim.Fingerprint))
            throw new ValidationException("request_id", $"Request id '{key.RequestId}' was already used for a different request.");
        if (key.ClientName is null || key.Response is null) return null; // stored before answers were kept
        if (!await clients.CanSeeAsync(CallerOf(context), key.ClientName, context.CancellationToken))
            throw new NotFoundException($"Event '{key.EventId}' does not exist.");
        return parser.ParseFrom(key.Response);
    }
}

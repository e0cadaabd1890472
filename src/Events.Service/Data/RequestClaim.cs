namespace Segmentation.Events.Data;

/// <summary>A write's request id, claimed in the write's own transaction. <see cref="Respond"/> turns the
/// committed row into the serialized answer that a retry with the same id gets back.</summary>
public sealed record RequestClaim(string RequestId, string Operation, byte[] Fingerprint, Func<EventRecord, byte[]> Respond);

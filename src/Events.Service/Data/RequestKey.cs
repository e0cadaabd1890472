namespace Segmentation.Events.Data;

/// <summary>A stored AIP-155 request id: which event it created, and the fingerprint of that request.</summary>
public sealed record RequestKey(string RequestId, byte[] Fingerprint, Guid EventId);

namespace Segmentation.Events.Data;

/// <summary>A stored AIP-155 request id: the write that claimed it, the fingerprint of that request, the
/// event and client it touched, and the committed answer (null only for keys stored before 023).</summary>
public sealed record RequestKey(
    string RequestId, string Operation, byte[] Fingerprint, Guid EventId, string? ClientName, byte[]? Response);

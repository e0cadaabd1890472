namespace Segmentation.ServiceDefaults.Access;

/// <summary>The PostgreSQL NOTIFY channel on which Requirements announces, in the same transaction, every change
/// to what other services cache of its decisions: a client (name, aliases, CSE, segment) or the event types, and
/// edits of a segment's requirements. Events listens and evicts (issue 13: one access decision per request, no
/// callback on a warm path); the gateway listens to push the changes to open pages (/api/live).</summary>
public static class DirectoryChannel
{
    public const string Name = "segmentation_client_directory";

    /// <summary>Payload: every cached event type is stale.</summary>
    public const string EventTypes = "event-types";

    private const string ClientPrefix = "client:";
    private const string RequirementsPrefix = "requirements:";

    /// <summary>Payload: a requirement of this segment changed (nothing another service caches; pages re-score).</summary>
    public static string Requirements(string segment) => RequirementsPrefix + segment;

    /// <summary>The segment a requirements payload names, or null when it names something else.</summary>
    public static string? RequirementsOf(string payload) =>
        payload.StartsWith(RequirementsPrefix, StringComparison.Ordinal) ? payload[RequirementsPrefix.Length..] : null;

    /// <summary>Payload: everything cached about this canonical client name is stale.</summary>
    public static string Client(string canonicalName) => ClientPrefix + canonicalName;

    /// <summary>The client a payload names, or null when it names something else.</summary>
    public static string? ClientOf(string payload) =>
        payload.StartsWith(ClientPrefix, StringComparison.Ordinal) ? payload[ClientPrefix.Length..] : null;

    /// <summary>SQL that announces <c>@directory_payload</c> when the surrounding transaction commits.</summary>
    public const string NotifySql = $"SELECT pg_notify('{Name}', @directory_payload)";
}

namespace Segmentation.Gateway.Apis.Live;

/// <summary>One committed event change from Events' feed, with the CSE Requirements says looks after its client
/// (who may be told about it). <see cref="Position"/> is the feed's: the same on every gateway replica.</summary>
public sealed record LiveChange(long Position, string Kind, string ClientName, int Year, string EventId, string EventDate,
    string? PreviousEventDate, string? Cse);

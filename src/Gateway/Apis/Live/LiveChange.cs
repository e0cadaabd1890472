namespace Segmentation.Gateway.Apis.Live;

/// <summary>One committed change: an event change from Events' feed (<see cref="Position"/> is the feed's, the same on
/// every gateway replica) or a directory change from Requirements (position 0: not replayable), with the CSE who may
/// be told about it (<see cref="Cse"/>) or, for a requirement edit (<see cref="Everyone"/>), every user.</summary>
public sealed record LiveChange(long Position, string Kind, string ClientName, int Year, string EventId, string EventDate,
    string? PreviousEventDate, string? Cse, string? Segment = null)
{
    public bool Everyone => Kind == DirectoryChanges.RequirementsKind;

    public static LiveChange Directory(string kind, string clientName, string? cse, string? segment = null) =>
        new(0, kind, clientName, 0, "", "", null, cse, segment);
}

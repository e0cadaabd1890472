namespace Segmentation.Events.Calendar;

/// <summary>Whose feed a secret opens, as the owner's token said when the feed was made.</summary>
public sealed record CalendarFeedOwner(string Owner, bool IsAdmin, string? Cse);

namespace Segmentation.Gateway.Apis.Calendar;

/// <summary>The caller's secret feed URL (shown once: only a hash of its secret is kept).</summary>
public sealed record CalendarFeedDto(string Url);

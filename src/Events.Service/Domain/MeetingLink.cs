namespace Segmentation.Events.Domain;

/// <summary>A meeting link must be an absolute http or https URL.</summary>
public static class MeetingLink
{
    public const int MaxLength = 2048;

    public static bool IsValid(string link) =>
        link.Length <= MaxLength
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}

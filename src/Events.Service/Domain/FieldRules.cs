using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Domain;

/// <summary>Checks shared by scheduling and editing; each adds a violation naming the proto field.</summary>
public static class FieldRules
{
    /// <summary>Trimmed text, null when empty; a violation when longer than <paramref name="max"/>.</summary>
    public static string? Text(Validation v, string field, string? value, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        v.Require(text.Length <= max, field, $"At most {max} characters are allowed ({text.Length} given).");
        return text;
    }

    public static string? Link(Validation v, string field, string? value)
    {
        var link = value?.Trim();
        if (string.IsNullOrEmpty(link)) return null;
        v.Require(MeetingLink.IsValid(link), field, $"'{link}' is not an absolute http or https URL.");
        return link;
    }

    public static IReadOnlyList<string> AttendeeList(Validation v, string field, IEnumerable<string> values)
    {
        var (list, problems) = Attendees.Normalize(values);
        foreach (var problem in problems) v.Add(field, problem);
        return list;
    }
}

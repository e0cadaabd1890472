using System.Net.Mail;

namespace Segmentation.Events.Domain;

/// <summary>Attendee e-mail addresses: trimmed, checked, de-duplicated case-insensitively (first
/// spelling wins), at most 100.</summary>
public static class Attendees
{
    public const int Max = 100;

    /// <summary>The cleaned list, and one problem per bad entry.</summary>
    public static (IReadOnlyList<string> Values, IReadOnlyList<string> Problems) Normalize(IEnumerable<string> input)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var index = 0;
        foreach (var raw in input)
        {
            var address = raw.Trim();
            if (!IsEmail(address)) problems.Add($"attendees[{index}] '{raw}' is not an e-mail address.");
            else if (seen.Add(address)) values.Add(address);
            index++;
        }
        if (values.Count > Max) problems.Add($"At most {Max} attendees are allowed ({values.Count} given).");
        return (values, problems);
    }

    private static bool IsEmail(string address)
    {
        if (address.Length is 0 or > 254 || address.Any(char.IsWhiteSpace)) return false;
        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || !address[(at + 1)..].Contains('.')) return false;
        // MailAddress accepts display names ("Ann <a@b.c>"); only a bare address is an attendee.
        return MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;
    }
}

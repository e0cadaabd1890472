namespace Segmentation.Events.Import;

/// <summary>One instance per distinct short cell value (client, event, date, yes/no) while a file is
/// read: a 100,000-row register repeats a few hundred values, and keeping one copy of each instead of
/// one per row is most of what the parsed file holds in memory. Bounded, so a file of all-distinct
/// values costs no more than without it.</summary>
public sealed class StringPool(int capacity = 8192)
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (_values.TryGetValue(value, out var pooled)) return pooled;
        if (_values.Count < capacity) _values[value] = value;
        return value;
    }
}

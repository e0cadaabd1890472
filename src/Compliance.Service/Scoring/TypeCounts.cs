namespace Segmentation.Compliance.Scoring;

/// <summary>Looks up a count per event type id; ids are uuids, so letter case never matters.</summary>
public static class TypeCounts
{
    public static int Of(IReadOnlyDictionary<string, int> counts, string eventTypeId)
    {
        if (counts.TryGetValue(eventTypeId, out var exact)) return exact;
        foreach (var (id, count) in counts)
        {
            if (string.Equals(id, eventTypeId, StringComparison.OrdinalIgnoreCase)) return count;
        }
        return 0;
    }
}

using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Scoring;

/// <summary>SPEC §7 suggested dates for the priority event types, spread evenly over the time left.</summary>
public static class EventSuggester
{
    public static IReadOnlyList<SuggestedEvent> For(
        ClientScore score, IEnumerable<TypeCompliance> priorityTypes, IReadOnlyDictionary<string, int> scheduledAhead)
    {
        var assessment = score.Assessment;
        var monthsRemaining = assessment.MonthsToDeadline;
        var impact = score.TotalTypes == 0 ? 0 : Percent.Round(100m / score.TotalTypes);
        var suggestions = new List<SuggestedEvent>();
        foreach (var type in priorityTypes)
        {
            // Events already in the calendar before the deadline need no new date.
            var remaining = type.Outstanding - TypeCounts.Of(scheduledAhead, type.Type.EventTypeId);
            if (remaining <= 0) continue;
            var interval = monthsRemaining * 30 / (remaining + 1);
            if (interval == 0) continue;
            var reason = $"{remaining} of {type.Expected} required events remaining";
            var urgency = Urgency(type, remaining, monthsRemaining);
            var dates = new SortedSet<DateOnly>(); // two raw dates can land on the same Monday
            for (var i = 1; i <= Math.Min(3, remaining); i++)
            {
                var date = WorkingDays.OffWeekend(assessment.AsOf.AddDays(i * interval));
                if (date <= assessment.Deadline) dates.Add(date);
            }
            suggestions.AddRange(dates.Select(d => new SuggestedEvent(type.Type, d, reason, urgency, impact)));
        }
        return suggestions;
    }

    public static string Urgency(TypeCompliance type, int remaining, int monthsRemaining)
    {
        if (remaining > monthsRemaining || monthsRemaining <= 1) return "critical";
        if (type.Percentage < 50) return "high";
        return type.Type.Priority == PriorityLevels.Low ? "low" : "medium";
    }
}

namespace Segmentation.Migrator.Demo;

/// <summary>Deterministic generated events: per client a completion pace, per required event type
/// dates spread over the year; completed up to "today", scheduled after it.</summary>
public static class DemoEventPlan
{
    // How much of its requirement each client completes, cycled by client position: a realistic spread
    // of compliant, at-risk and critical clients.
    private static readonly double[] Paces = [1.0, 0.8, 1.2, 0.5, 0.3, 1.1, 1.0, 0.6];

    public sealed record PlannedEvent(string Client, Guid EventTypeId, DateOnly Date, bool Completed);

    public static IEnumerable<PlannedEvent> For(
        int clientIndex, string client, int year, IReadOnlyDictionary<Guid, int> required, DateOnly today)
    {
        var pace = Paces[clientIndex % Paces.Length];
        var typeIndex = 0;
        foreach (var (eventTypeId, count) in required.OrderBy(r => r.Key))
        {
            typeIndex++;
            var planned = (int)Math.Round(count * pace, MidpointRounding.AwayFromZero);
            // A client behind on a type has the next one booked in December: forecasts and workload see it.
            var booked = new DateOnly(year, 12, 1).AddDays(typeIndex);
            if (planned < count && booked > today) yield return new PlannedEvent(client, eventTypeId, booked, false);
            if (planned == 0) continue;
            // Spread over Jan–Oct so a client on pace has met its year by late November.
            var step = 300 / planned;
            for (var i = 0; i < planned; i++)
            {
                var date = new DateOnly(year, 1, 8).AddDays(i * step + (clientIndex * 3 + typeIndex * 5) % Math.Max(1, step));
                // Events of the last three weeks are sometimes still open: held, not yet marked complete.
                var completed = date <= today && !(date > today.AddDays(-21) && (i + clientIndex) % 3 == 0);
                yield return new PlannedEvent(client, eventTypeId, date, completed);
            }
        }
    }
}

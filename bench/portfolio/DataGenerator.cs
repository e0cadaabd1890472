namespace Segmentation.Bench.Portfolio;

/// <summary>Deterministic portfolio (seeded Random): six segments, ~15 % of clients changing segment
/// during <see cref="Year"/>, and the same number of events per client spread over two years.</summary>
public static class DataGenerator
{
    public const int Year = 2025;
    private static readonly string[] Segments = ["Maintain", "Leverage", "Nurture", "Collaboration", "Sleeping Giant", "Giant"];

    public static BenchData Generate(int clients, int events, IReadOnlyList<Guid> eventTypeIds, DateOnly asOf, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<BenchClient>(clients);
        var all = new List<BenchEvent>(events);
        var first = new DateOnly(Year - 1, 1, 1);
        var days = new DateOnly(Year, 12, 31).DayNumber - first.DayNumber + 1;
        for (var i = 0; i < clients; i++)
        {
            var name = $"Client {i + 1:00000}";
            list.Add(new BenchClient(name, $"CSE {random.Next(25) + 1:00}", PeriodsOf(random)));
            // Spread the remainder so the total is exactly `events`; (type, date) unique per client.
            var count = events / clients + (i < events % clients ? 1 : 0);
            var taken = new HashSet<(int, int)>();
            while (taken.Count < count)
            {
                var pick = (random.Next(eventTypeIds.Count), random.Next(days));
                if (!taken.Add(pick)) continue;
                var date = first.AddDays(pick.Item2);
                all.Add(new BenchEvent(name, eventTypeIds[pick.Item1], date, date <= asOf && random.NextDouble() < 0.85));
            }
        }
        return new BenchData(list, all);
    }

    private static List<BenchPeriod> PeriodsOf(Random random)
    {
        var start = new DateOnly(Year - 2, 1, 1);
        var segment = Segments[random.Next(Segments.Length)];
        if (random.NextDouble() >= 0.15) return [new BenchPeriod(segment, start, null)];
        var other = Segments[(Array.IndexOf(Segments, segment) + 1 + random.Next(Segments.Length - 1)) % Segments.Length];
        var change = new DateOnly(Year, 2 + random.Next(9), 1); // Feb … Oct
        return [new BenchPeriod(segment, start, change.AddDays(-1)), new BenchPeriod(other, change, null)];
    }
}

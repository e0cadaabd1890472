namespace Segmentation.Bench.Portfolio;

/// <summary>What the generator produces: clients with their segment periods, and events.</summary>
public sealed record BenchData(IReadOnlyList<BenchClient> Clients, IReadOnlyList<BenchEvent> Events);

public sealed record BenchClient(string Name, string Cse, IReadOnlyList<BenchPeriod> Periods)
{
    public string CurrentSegment => Periods[^1].Segment;
}

public sealed record BenchPeriod(string Segment, DateOnly From, DateOnly? To);

public sealed record BenchEvent(string Client, Guid EventTypeId, DateOnly Date, bool Completed);

namespace Segmentation.Compliance.Scoring;

/// <summary>Calendar dates from <see cref="Start"/> to <see cref="End"/>, both inclusive; empty when End &lt; Start.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool IsEmpty => End < Start;

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

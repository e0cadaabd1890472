namespace Segmentation.Requirements.Domain;

/// <summary>The requirement matrix indexed by segment, as loaded once per request.</summary>
public sealed class RequirementMatrix(IEnumerable<RequirementCell> cells)
{
    private readonly ILookup<string, RequirementCell> _bySegment = cells.ToLookup(c => c.Segment, StringComparer.Ordinal);

    public IEnumerable<RequirementCell> For(string segment) => _bySegment[segment];
}

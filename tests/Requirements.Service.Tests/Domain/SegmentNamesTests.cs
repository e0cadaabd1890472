using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Requirements.Tests.Domain;

public sealed class SegmentNamesTests
{
    [Theory]
    [InlineData("Giant", "Giant")]
    [InlineData("giants", "Giant")]
    [InlineData("  Sleeping Giants ", "Sleeping Giant")]
    [InlineData("SLEEPING GIANT", "Sleeping Giant")]
    [InlineData("Collaborate", "Collaboration")]
    [InlineData("collaboration", "Collaboration")]
    [InlineData("maintain", "Maintain")]
    [InlineData("Leverage", "Leverage")]
    [InlineData("nurture", "Nurture")]
    public void Accepts_the_stored_names_and_the_spreadsheet_spellings(string input, string expected) =>
        Assert.Equal(expected, SegmentNames.Normalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("Gigant")]
    [InlineData("Sleeping")]
    [InlineData("Maintains")]
    [InlineData(null)]
    public void Rejects_anything_else(string? input) => Assert.Null(SegmentNames.Normalize(input));

    [Theory]
    [InlineData(" High ", "high")]
    [InlineData("CRITICAL", "critical")]
    [InlineData("urgent", null)]
    [InlineData("", null)]
    public void Normalises_priority_levels(string input, string? expected) => Assert.Equal(expected, PriorityLevels.Normalize(input));
}

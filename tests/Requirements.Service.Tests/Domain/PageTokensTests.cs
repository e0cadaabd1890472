using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Tests.Domain;

public sealed class PageTokensTests
{
    [Theory]
    [InlineData("Barwon Health")]
    [InlineData("SA Health (iPro) / Ünïcode")]
    public void A_token_round_trips_its_last_key(string lastKey)
    {
        var token = PageTokens.Encode(lastKey, "filters");

        Assert.True(PageTokens.TryDecode(token, "filters", out var decoded));
        Assert.Equal(lastKey, decoded);
        Assert.DoesNotContain(lastKey, token);
    }

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("dGVzdA")] // base64 of "test": no version
    [InlineData("%%%")]
    public void A_malformed_token_is_refused(string token) => Assert.False(PageTokens.TryDecode(token, "filters", out _));

    [Fact]
    public void A_token_issued_for_other_filters_is_refused() =>
        Assert.False(PageTokens.TryDecode(PageTokens.Encode("A", "cse=Ana"), "cse=Ben", out _));

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    [InlineData(501, 500)]
    public void Page_sizes_default_and_cap(int requested, int expected) => Assert.Equal(expected, PageSizes.Resolve(requested));

    [Fact]
    public void A_negative_page_size_is_invalid() => Assert.Null(PageSizes.Resolve(-1));
}

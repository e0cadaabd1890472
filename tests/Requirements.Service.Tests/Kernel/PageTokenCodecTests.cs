using System.Text;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Tests.Kernel;

/// <summary>The one signed page-token codec of ServiceDefaults, without I/O.</summary>
public sealed class PageTokenCodecTests
{
    private sealed record Cursor(string After);

    private static readonly DateTimeOffset Now = new(2025, 11, 26, 23, 0, 0, TimeSpan.Zero);
    private static PageTokenCodec Codec(string key = "a-key-that-is-long-enough-0123456789", DateTimeOffset? now = null) =>
        new(Encoding.UTF8.GetBytes(key), new FixedTimeProvider(now ?? Now), TimeSpan.FromHours(1));

    private static (Cursor? Cursor, bool Valid) Decode(PageTokenCodec codec, string token, string purpose = "p", string filters = "f")
    {
        var validation = new Validation();
        var cursor = codec.Decode<Cursor>(validation, token, purpose, filters);
        return (cursor, validation.IsValid);
    }

    [Theory]
    [InlineData("Barwon Health")]
    [InlineData("SA Health (iPro) / Ünïcode")]
    public void A_token_round_trips_its_cursor(string after)
    {
        var token = Codec().Encode("p", "f", new Cursor(after));

        Assert.Equal((new Cursor(after), true), Decode(Codec(), token));
        Assert.DoesNotContain(after, token);
    }

    [Fact]
    public void An_empty_token_is_the_first_page() => Assert.Equal((null, true), Decode(Codec(), ""));

    [Theory]
    [InlineData("garbage!!")]
    [InlineData("dGVzdA")]
    [InlineData("v1.e30.AAAA")]
    [InlineData("v1..")]
    public void A_malformed_token_is_refused(string token) => Assert.False(Decode(Codec(), token).Valid);

    [Fact]
    public void A_token_for_another_purpose_other_filters_or_key_is_refused()
    {
        var token = Codec().Encode("p", "f", new Cursor("A"));

        Assert.False(Decode(Codec(), token, purpose: "other").Valid);
        Assert.False(Decode(Codec(), token, filters: "other").Valid);
        Assert.False(Decode(Codec("another-key-that-is-long-enough-987654"), token).Valid);
    }

    [Fact]
    public void A_tampered_payload_is_refused()
    {
        var parts = Codec().Encode("p", "f", new Cursor("A")).Split('.');
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"Expires\":99999999999,\"Cursor\":{\"After\":\"Z\"}}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.False(Decode(Codec(), $"{parts[0]}.{forged}.{parts[2]}").Valid);
    }

    [Fact]
    public void An_expired_token_or_one_of_another_version_is_refused()
    {
        var old = Codec(now: Now.AddHours(-2)).Encode("p", "f", new Cursor("A"));
        var current = Codec().Encode("p", "f", new Cursor("A"));

        Assert.False(Decode(Codec(), old).Valid);
        Assert.False(Decode(Codec(), "v2" + current[2..]).Valid);
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    [InlineData(501, 500)]
    public void Page_sizes_default_and_cap(int requested, int expected) => Assert.Equal(expected, PageSizes.Resolve(requested));

    [Fact]
    public void A_negative_page_size_is_invalid() => Assert.Null(PageSizes.Resolve(-1));
}

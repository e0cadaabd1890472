using System.Text;

namespace Segmentation.Adversarial.Tests.Values;

/// <summary>Page tokens a caller built by hand: random base64, base64 JSON with wrong or extreme
/// fields, and strings that are not base64 at all.</summary>
public static class ForgedPageTokens
{
    public static IReadOnlyList<(string Label, string Value)> All { get; } = Build();

    private static IReadOnlyList<(string, string)> Build()
    {
        var random = new Random(12);
        var bytes = new byte[48];
        random.NextBytes(bytes);
        return
        [
            ("random base64", Convert.ToBase64String(bytes)),
            ("random base64url", Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')),
            ("JSON AsOf not a date", Json("""{"AsOf":"not-a-date","Offset":0}""")),
            ("JSON year 9999", Json("""{"Year":9999,"AsOf":"9999-12-31","Offset":1}""")),
            ("JSON negative offset", Json("""{"offset":-5,"after":"Barwon Health","asOf":"0001-01-01"}""")),
            ("JSON array", Json("[1,2,3]")),
            ("JSON huge number", Json("""{"Offset":99999999999999999999}""")),
            ("not base64", "%%%not*base64%%%"),
            ("base64 of NUL bytes", Convert.ToBase64String(new byte[16])),
        ];
    }

    private static string Json(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}

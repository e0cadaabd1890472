using System.Net;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>Malformed requests of issue 12: JSON in a charset other than UTF-8, duplicate keys, and dates
/// or years outside the strict rule (YYYY-MM-DD, 1900-01-01 … 9000-12-31) in bodies and query strings.</summary>
public static class EdgeRequests
{
    private const string Barwon = "Barwon%20Health";

    private static readonly string[] ForeignCharsets = ["x-no-such", "iso-8859-1", "utf-16", "\"us-ascii\""];

    private static readonly string[] BadDates = ["2025/01/01", "%202025-01-01", "2025-01-01%20", "9999-12-31", "1899-12-31", "9001-01-01", "20250101", "2025-1-1"];

    private static readonly string[] BadYears = ["99999", "1899", "9001", "0", "-1", "%2B2025", "%202025", "2025.0"];

    /// <summary>Each query-date route: where it is and which date and year parameters it takes.</summary>
    private static readonly (string Name, string Method, string Path, string[] Dates)[] QueryRoutes =
    [
        ("deadline", "GET", $"/api/clients/{Barwon}/deadline", ["asOf"]),
        ("compliance", "GET", $"/api/compliance/{Barwon}", ["asOf"]),
        ("portfolio", "GET", "/api/compliance", ["asOf"]),
        ("forecast", "GET", $"/api/compliance/{Barwon}/forecast", ["asOf"]),
        ("save forecast", "POST", $"/api/compliance/{Barwon}/forecast", ["asOf"]),
        ("workload", "GET", "/api/workload", ["asOf"]),
        ("events", "GET", "/api/events", ["from", "to"]),
        ("forecast history", "GET", $"/api/compliance/{Barwon}/forecast/history", []),
        ("segmentation-events", "GET", $"/api/segmentation-events?clientName={Barwon}", []),
    ];

    /// <summary>Body dates: route, a body around the date, and the field.</summary>
    private static readonly (string Name, string Method, string Path, string Body, string Field)[] BodyDates =
    [
        ("new client", "POST", "/api/clients", """{"name":"Dated","segment":"Giant","segmentSince":"#"}""", "segmentSince"),
        ("segment change", "POST", $"/api/clients/{Barwon}/segment-changes", """{"segment":"Giant","effectiveFrom":"#"}""", "effectiveFrom"),
        ("schedule", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"#"}""", "eventDate"),
        ("complete", "POST", "/api/events/6f1c1a52-8a0e-4d0a-9a55-000000000001/complete", """{"completedDate":"#"}""", "completedDate"),
    ];

    public static IEnumerable<MalformedRequest> Encodings()
    {
        foreach (var (name, method, path, valid) in MalformedRequests.JsonRoutes)
        {
            foreach (var charset in ForeignCharsets)
                yield return new($"{name}: charset={charset}", method, path, valid, $"application/json; charset={charset}", HttpStatusCode.UnsupportedMediaType, "body");
            // The first member again at the end: {"a":1,…,"a":1}.
            var comma = valid.IndexOf(',', StringComparison.Ordinal);
            var first = valid[1..(comma > 0 ? comma : valid.Length - 1)];
            var key = first[1..first.IndexOf('"', 1)];
            yield return new($"{name}: duplicate key", method, path, valid.TrimEnd('}') + "," + first + "}", Field: key);
        }
    }

    public static IEnumerable<MalformedRequest> Dates()
    {
        foreach (var (name, method, path, dates) in QueryRoutes)
        {
            var join = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            foreach (var parameter in dates)
                foreach (var bad in BadDates)
                    yield return new($"{name}: {parameter}={bad}", method, $"{path}{join}{parameter}={bad}", Field: parameter);
            foreach (var bad in BadYears)
                yield return new($"{name}: year={bad}", method, $"{path}{join}year={bad}", Field: "year");
        }
        foreach (var (name, method, path, body, field) in BodyDates)
            foreach (var bad in new[] { "9999-12-31", "1899-12-31", "2025/01/01" })
                yield return new($"{name}: body {field}={bad}", method, path, body.Replace("#", bad, StringComparison.Ordinal), Field: field);
    }
}

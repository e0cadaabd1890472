using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Bodies and URLs that cannot be read answer 4xx problem details, never 5xx (issue 12): bodies cut
/// short or broken off, bytes that are not UTF-8, a truncated multipart upload, an overlong URL. The
/// tables of MalformedRequests cover charsets, duplicate keys and strict dates on every route.</summary>
public sealed class EdgeInputTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private const string Schedule = """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}""";

    private HttpClient Admin => shared.Host.Client(TestAuth.Admin);

    private static HttpContent Json(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    [Theory]
    [InlineData("/api/workload?asOf=9999-12-31", "asOf")]
    [InlineData("/api/workload?asOf=2025/01/01", "asOf")]
    [InlineData("/api/compliance?year=99999", "year")]
    public async Task A_bad_query_date_or_year_names_the_accepted_rule(string path, string field)
    {
        using var response = await Admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{field}\"", body);
        Assert.Contains("1900", body);
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_400()
    {
        var bytes = Encoding.UTF8.GetBytes(Schedule)[..30];
        var before = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);

        using var response = await Admin.PostAsync("/api/events/schedule", Json(new BrokenContent(bytes, 200, fail: false)));

        await ProblemAssert.IsValidationProblemAsync(response, "body");
        Assert.Empty((await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString)).DifferencesFrom(before));
    }

    [Fact]
    public async Task A_body_that_breaks_off_is_never_a_5xx()
    {
        var bytes = Encoding.UTF8.GetBytes(Schedule)[..30];
        var before = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);

        HttpStatusCode? status = null;
        try
        {
            using var response = await Admin.PostAsync("/api/events/schedule", Json(new BrokenContent(bytes, 200, fail: true)));
            status = response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The client itself gave up: no answer to judge, only the database.
        }

        Assert.True(status is null || (int)status is >= 400 and < 500, $"{status}");
        Assert.Empty((await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString)).DifferencesFrom(before));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0xFD })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Bytes_that_are_not_utf8_are_400(byte[] bad)
    {
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"clientName\":\"Barwon"), .. bad, .. Encoding.UTF8.GetBytes("\",\"eventCode\":\"INSIGHT_TP\",\"eventDate\":\"2025-03-04\"}")];

        using var response = await Admin.PostAsync("/api/events/schedule", Json(new ByteArrayContent(body)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_truncated_multipart_upload_is_400()
    {
        const string cut = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"events.csv\"\r\nContent-Type: text/csv\r\n\r\nclient,event,date\r\nBarwon";
        var content = new StringContent(cut, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        using var response = await Admin.PostAsync("/api/events/import?dryRun=true", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/clients?search=")]
    [InlineData("/api/clients/")]
    [InlineData("/api/workload?asOf=2025-01-01&cse=")]
    public async Task An_overlong_url_is_414(string prefix)
    {
        using var response = await Admin.GetAsync(prefix + new string('a', 5000));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task A_url_within_the_limit_is_served()
    {
        using var response = await Admin.GetAsync("/api/clients?search=" + new string('a', 3000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_duplicate_key_is_400_naming_the_key_and_saying_why()
    {
        const string twice = """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","notes":"a","notes":"b"}""";

        using var response = await Admin.PostAsync("/api/events/schedule", Support.Json.Raw(twice));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "notes");
        Assert.Contains("more than once", problem.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8_json_with_an_explicit_charset_is_accepted()
    {
        var content = new StringContent("""{"reason":"charset test"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=\"UTF-8\"");

        using var response = await Admin.PutAsync("/api/clients/Barwon%20Health/exclusions/NOPE", content);

        // Read and passed on: the service names the unknown event code (not a 415).
        await ProblemAssert.IsValidationProblemAsync(response, "eventCode");
    }
}

using System.Net;
using System.Text.Json;
using Segmentation.Gateway.Tests.Support;

namespace Segmentation.Gateway.Tests;

/// <summary>/openapi/v1.json is true to API.md: every route is there with its responses, and nothing else.</summary>
public sealed class OpenApiTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private async Task<JsonElement> Document()
    {
        using var response = await shared.Host.Client(null).GetAsync("/openapi/v1.json");
        return await Json.ReadAsync(response);
    }

    public static TheoryData<string> Routes => ApiRoutes.Names(ApiRoutes.All.Concat(ApiRoutes.Additions));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_is_documented_with_a_success_and_a_401_response(string name)
    {
        var route = ApiRoutes.Find(name);
        var paths = (await Document()).GetProperty("paths");

        Assert.True(paths.TryGetProperty(route.Template, out var path), $"{route.Template} is missing");
        Assert.True(path.TryGetProperty(route.Method.ToLowerInvariant(), out var operation), $"{name} is missing");
        var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Contains(responses, r => r.StartsWith('2'));
        Assert.Contains("401", responses);
    }

    [Fact]
    public async Task The_document_has_no_route_that_is_not_in_the_contract()
    {
        var documented = (await Document()).GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal);
        var expected = ApiRoutes.All.Concat(ApiRoutes.Additions).Concat(ApiRoutes.Anonymous).Select(r => r.ToString()).Order(StringComparer.Ordinal);

        Assert.Equal(expected, documented);
    }

    [Theory]
    [InlineData("PUT /api/requirements/{segment}/{eventCode}")]
    [InlineData("POST /api/events/schedule")]
    [InlineData("DELETE /api/events/{id}")]
    public async Task Write_routes_document_validation_and_throttling(string name)
    {
        var route = ApiRoutes.Find(name);
        var operation = (await Document()).GetProperty("paths").GetProperty(route.Template).GetProperty(route.Method.ToLowerInvariant());
        var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

        Assert.Contains("400", responses);
        Assert.Contains("429", responses);
    }

    [Fact]
    public async Task Bodies_and_parameters_carry_their_types_and_required_fields()
    {
        var document = await Document();
        var schedule = document.GetProperty("components").GetProperty("schemas").GetProperty("ScheduleEventBody");
        var parameters = document.GetProperty("paths").GetProperty("/api/segmentation-events").GetProperty("get").GetProperty("parameters");

        Assert.Contains("string", schedule.GetProperty("properties").GetProperty("clientName").GetProperty("type").ToString());
        Assert.Equal("date", schedule.GetProperty("properties").GetProperty("eventDate").GetProperty("format").GetString());
        var required = schedule.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(["clientName", "eventDate"], required.Order(StringComparer.Ordinal));
        Assert.False(schedule.GetProperty("additionalProperties").GetBoolean());
        var clientName = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "clientName");
        Assert.Equal("string", clientName.GetProperty("schema").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/workload", "asOf", "string", "date")]
    [InlineData("/api/workload", "year", "integer", "int32")]
    [InlineData("/api/events", "from", "string", "date")]
    [InlineData("/api/compliance/{clientName}/forecast", "year", "integer", "int32")]
    public async Task Date_and_year_parameters_are_documented_as_dates_and_integers(string path, string name, string type, string format)
    {
        var parameters = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters");
        var schema = parameters.EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var component = reference.GetString()!.Split('/')[^1];
            schema = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty(component);
        }

        Assert.Contains(type, schema.GetProperty("type").ToString(), StringComparison.Ordinal);
        Assert.Equal(format, schema.GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_document_declares_bearer_authentication()
    {
        var scheme = (await Document()).GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");

        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Scalar_is_served_in_development_without_a_token()
    {
        var client = shared.Host.Client(null);
        using var first = await client.GetAsync("/scalar");
        // Scalar redirects /scalar to /scalar/ (its assets are relative to the folder).
        using var response = first.Headers.Location is { } moved ? await client.GetAsync(moved) : first;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}

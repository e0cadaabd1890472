using System.Text.Json;
using Segmentation.Gateway.Tests.Support;

namespace Segmentation.Gateway.Tests;

/// <summary>The OpenAPI document complete from the types (issue 13 item 4): a summary on every route,
/// success and problem responses inferred from typed results, the contract's enums, examples for the
/// main routes, and the import body as a file.</summary>
public sealed class OpenApiContractTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private async Task<JsonElement> Document()
    {
        using var response = await shared.Host.Client(null).GetAsync("/openapi/v1.json");
        return await Json.ReadAsync(response);
    }

    private async Task<JsonElement> Operation(string name)
    {
        var route = ApiRoutes.Find(name);
        return (await Document()).GetProperty("paths").GetProperty(route.Template).GetProperty(route.Method.ToLowerInvariant());
    }

    public static TheoryData<string> Routes => ApiRoutes.Names(ApiRoutes.All.Concat(ApiRoutes.Additions));

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_has_a_summary_and_problem_json_errors(string name)
    {
        var operation = await Operation(name);

        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), name);
        foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
        {
            Assert.True(response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name} {response.Name}");
        }
    }

    [Theory]
    [InlineData("GET /api/clients/{clientName}", "200", "ClientDto")]
    [InlineData("POST /api/events/schedule", "201", "EventDto")]
    [InlineData("POST /api/events/schedule", "200", "EventDto")]
    [InlineData("GET /api/compliance/{clientName}", "200", "ClientComplianceDto")]
    [InlineData("POST /api/clients", "201", "ClientDto")]
    [InlineData("POST /api/events/import", "200", "ImportResultDto")]
    public async Task Success_bodies_are_inferred_from_the_typed_results(string name, string status, string schema)
    {
        var content = (await Operation(name)).GetProperty("responses").GetProperty(status).GetProperty("content");

        Assert.EndsWith($"/{schema}", content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Theory]
    [InlineData("GET /api/clients/{clientName}", "404")]
    [InlineData("DELETE /api/clients/{clientName}/exclusions/{eventCode}", "204")]
    [InlineData("DELETE /api/clients/{clientName}/exclusions/{eventCode}", "404")]
    [InlineData("GET /api/segmentation-events", "400")]
    [InlineData("POST /api/events/import", "400")]
    [InlineData("POST /api/events/import", "415")]
    [InlineData("POST /api/clients", "403")]
    [InlineData("PATCH /api/events/{id}", "409")]
    public async Task Each_status_a_route_can_answer_is_documented(string name, string status)
    {
        var responses = (await Operation(name)).GetProperty("responses");

        Assert.True(responses.TryGetProperty(status, out _), $"{name} lacks {status}");
    }

    [Theory]
    [InlineData("GET /api/events", "window", "calendar,assessment")]
    [InlineData("GET /api/compliance", "status", "critical,at-risk,compliant")]
    public async Task Query_parameters_with_a_closed_set_of_values_are_enums(string name, string parameter, string values)
    {
        var schema = (await Operation(name)).GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == parameter).GetProperty("schema");

        Assert.Equal(values.Split(','), schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("RequirementDto", "priorityLevel", "critical,high,medium,low")]
    [InlineData("EventTypeComplianceDto", "status", "critical,at-risk,compliant,exceeded")]
    [InlineData("ClientComplianceDto", "overallStatus", "critical,at-risk,compliant")]
    public async Task Response_fields_with_a_closed_set_of_values_are_enums(string type, string property, string values)
    {
        var schema = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty(type)
            .GetProperty("properties").GetProperty(property);

        Assert.Equal(values.Split(','), schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("POST /api/events/schedule", "requestBody", "clientName")]
    [InlineData("POST /api/events/schedule", "201", "id")]
    [InlineData("POST /api/events/{id}/complete", "requestBody", "completedDate")]
    [InlineData("GET /api/compliance/{clientName}", "200", "overallStatus")]
    public async Task The_main_routes_carry_examples(string name, string where, string member)
    {
        var operation = await Operation(name);
        var holder = where == "requestBody" ? operation.GetProperty("requestBody") : operation.GetProperty("responses").GetProperty(where);

        var example = holder.GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.True(example.TryGetProperty(member, out _), $"{name} {where}: {example}");
    }

    [Fact]
    public async Task The_import_body_is_a_file_in_each_accepted_media_type()
    {
        var content = (await Operation("POST /api/events/import")).GetProperty("requestBody").GetProperty("content");
        var form = content.GetProperty("multipart/form-data").GetProperty("schema");

        Assert.Equal("binary", form.GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.Equal(["file"], form.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        foreach (var media in new[] { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
        {
            var schema = content.GetProperty(media).GetProperty("schema");
            Assert.Equal(("string", "binary"), (schema.GetProperty("type").GetString(), schema.GetProperty("format").GetString()));
        }
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Segmentation.Gateway.OpenApi;

/// <summary>Examples for the main routes (schedule, complete, one client's compliance), by operation id.
/// The values are illustrative (client, CSE and event codes as in the test data).</summary>
public sealed class RouteExamples : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    private const string Event = """
        {"id":"0b9f6c9e-4a53-4d55-9a8e-2f0f3f6f1a01","clientName":"Barwon Health","eventTypeId":"3",
         "eventCode":"INSIGHT_TP","eventName":"Insight touchpoint","eventDate":"2025-03-04","eventYear":2025,"eventMonth":3,
         "completed":false,"completedDate":null,"completedBy":null,"notes":"Quarterly review","meetingLink":null,
         "attendees":["Ana Lee"],"location":"Geelong","source":"api","createdBy":"Ana Lee",
         "createdAt":"2025-02-20T09:15:00+00:00","updatedAt":"2025-02-20T09:15:00+00:00"}
        """;

    private static readonly Dictionary<string, (string? Request, string Status, string Response)> Examples = new(StringComparer.Ordinal)
    {
        ["ScheduleEvent"] = ("""
            {"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","notes":"Quarterly review",
             "attendees":["Ana Lee"],"location":"Geelong","requestId":"4d7c1a52-schedule-1"}
            """, "201", Event),
        ["CompleteEvent"] = ("""{"completedDate":"2025-03-04","requestId":"4d7c1a52-complete-1"}""", "200",
            Event.Replace("\"completed\":false,\"completedDate\":null,\"completedBy\":null", "\"completed\":true,\"completedDate\":\"2025-03-04\",\"completedBy\":\"Ana Lee\"", StringComparison.Ordinal)),
        ["GetClientCompliance"] = (null, "200", """
            {"clientName":"Barwon Health","segment":"Maintain","cse":"Ana Lee","year":2025,"asOf":"2025-06-30",
             "deadline":"2025-12-31","hasSegmentChanged":false,"monthsToDeadline":6,"overallScore":75,"overallStatus":"at-risk",
             "compliantEventTypes":1,"totalEventTypes":2,"eventTypes":[
              {"eventTypeId":"3","eventCode":"INSIGHT_TP","eventName":"Insight touchpoint","expected":2,"actual":1,"percentage":50,"status":"at-risk","priorityLevel":"high"},
              {"eventTypeId":"5","eventCode":"SAT_PLAN","eventName":"Satisfaction plan","expected":1,"actual":1,"percentage":100,"status":"compliant","priorityLevel":"medium"}]}
            """),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !Examples.TryGetValue(id, out var example)) return Task.CompletedTask;
        if (example.Request is not null && operation.RequestBody?.Content?.TryGetValue(Json, out var body) == true)
            body.Example = JsonNode.Parse(example.Request);
        if (operation.Responses?.TryGetValue(example.Status, out var response) == true && response.Content?.TryGetValue(Json, out var content) == true)
            content.Example = JsonNode.Parse(example.Response);
        return Task.CompletedTask;
    }
}

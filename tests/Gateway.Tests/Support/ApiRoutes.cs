namespace Segmentation.Gateway.Tests.Support;

/// <summary>Every route of API.md (plus the few the gateway adds), each with a well-formed sample request.</summary>
public static class ApiRoutes
{
    private const string AnyEventId = "6f1c1a52-8a0e-4d0a-9a55-000000000001";

    public static readonly ApiRoute[] All =
    [
        new("GET", "/api/segments", "/api/segments"),
        new("GET", "/api/event-types", "/api/event-types"),
        new("GET", "/api/requirements", "/api/requirements?segment=Maintain"),
        new("PUT", "/api/requirements/{segment}/{eventCode}", "/api/requirements/Maintain/SAT_PLAN",
            """{"requiredCountPerYear":2,"priorityLevel":"high"}"""),
        new("GET", "/api/requirements/history", "/api/requirements/history?segment=Maintain&eventCode=SAT_PLAN"),
        new("GET", "/api/clients", "/api/clients?pageSize=10"),
        new("GET", "/api/clients/{clientName}", "/api/clients/Barwon%20Health"),
        new("POST", "/api/clients", "/api/clients", """{"name":"New Client","segment":"Nurture","cse":"Ana Lee"}"""),
        new("POST", "/api/clients/{clientName}/segment-changes", "/api/clients/Barwon%20Health/segment-changes",
            """{"segment":"Leverage","effectiveFrom":"2025-09-01"}"""),
        new("GET", "/api/clients/{clientName}/deadline", "/api/clients/Barwon%20Health/deadline?year=2025&asOf=2025-11-27"),
        new("PUT", "/api/clients/{clientName}/exclusions/{eventCode}", "/api/clients/Barwon%20Health/exclusions/SAT_PLAN",
            """{"reason":"Not applicable"}"""),
        new("DELETE", "/api/clients/{clientName}/exclusions/{eventCode}", "/api/clients/Barwon%20Health/exclusions/SAT_PLAN"),
        new("POST", "/api/events/schedule", "/api/events/schedule",
            """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}"""),
        new("POST", "/api/events/{id}/complete", $"/api/events/{AnyEventId}/complete", "{}"),
        new("PATCH", "/api/events/{id}", $"/api/events/{AnyEventId}", """{"notes":"moved"}"""),
        new("DELETE", "/api/events/{id}", $"/api/events/{AnyEventId}"),
        new("GET", "/api/events", "/api/events?clientName=Barwon%20Health&year=2025"),
        new("GET", "/api/segmentation-events", "/api/segmentation-events?clientName=Barwon%20Health&year=2025"),
        new("POST", "/api/events/import", "/api/events/import?dryRun=true"),
        new("GET", "/api/compliance/{clientName}", "/api/compliance/Barwon%20Health?year=2025&asOf=2025-11-27"),
        new("GET", "/api/compliance", "/api/compliance?year=2025&asOf=2025-11-27"),
        new("GET", "/api/compliance/{clientName}/forecast", "/api/compliance/Barwon%20Health/forecast?year=2025&asOf=2025-11-27"),
        new("GET", "/api/workload", "/api/workload?year=2025&asOf=2025-11-27"),
        // The v2 dashboard's routes (API.md "Additions for the v2 dashboard").
        new("GET", "/api/agenda", "/api/agenda"),
        new("GET", "/api/compliance/{clientName}/trend", "/api/compliance/Barwon%20Health/trend?year=2025"),
        new("GET", "/api/compliance/trend", "/api/compliance/trend?year=2025"),
        new("GET", "/api/compliance/export", "/api/compliance/export?year=2025"),
        new("GET", "/api/events/export", "/api/events/export?year=2025"),
        new("GET", "/api/live", "/api/live"),
        new("POST", "/api/calendar/feed", "/api/calendar/feed"),
    ];

    /// <summary>Routes the gateway adds to API.md (allowed: "add to it freely").</summary>
    public static readonly ApiRoute[] Additions =
    [
        new("GET", "/api/events/{id}", $"/api/events/{AnyEventId}"),
        new("POST", "/api/events/{id}/reopen", $"/api/events/{AnyEventId}/reopen"),
        new("GET", "/api/clients/{clientName}/exclusions", "/api/clients/Barwon%20Health/exclusions"),
        new("POST", "/api/compliance/{clientName}/forecast", "/api/compliance/Barwon%20Health/forecast?year=2025&asOf=2025-11-27"),
        new("GET", "/api/compliance/{clientName}/forecast/history", "/api/compliance/Barwon%20Health/forecast/history"),
        new("GET", "/api/clients/{clientName}/aliases", "/api/clients/Barwon%20Health/aliases"),
        new("POST", "/api/clients/{clientName}/aliases", "/api/clients/Barwon%20Health/aliases", """{"alias":"Barwon"}"""),
        new("DELETE", "/api/clients/{clientName}/aliases", "/api/clients/Barwon%20Health/aliases?alias=Barwon"),
        new("DELETE", "/api/calendar/feed", "/api/calendar/feed"),
    ];

    /// <summary>Documented routes that take no bearer token (the secret in the URL is the credential).</summary>
    public static readonly ApiRoute[] Anonymous =
    [
        new("GET", "/calendar/{secret}.ics", "/calendar/unknown.ics"),
    ];

    public static TheoryData<string> Names(IEnumerable<ApiRoute> routes)
    {
        var data = new TheoryData<string>();
        foreach (var route in routes) data.Add(route.ToString());
        return data;
    }

    public static ApiRoute Find(string name) => All.Concat(Additions).Single(r => r.ToString() == name);
}

using System.Net;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>The table of bad requests: broken JSON, wrong types, unknown fields, wrong content types,
/// oversized bodies and bad query strings on every route that takes them, plus input a service rejects.</summary>
public static class MalformedRequests
{
    private const string EventId = "6f1c1a52-8a0e-4d0a-9a55-000000000001";
    private const string Barwon = "Barwon%20Health";

    /// <summary>Every route with a JSON body, with a body it accepts (so each case changes one thing).</summary>
    public static readonly (string Name, string Method, string Path, string ValidBody)[] JsonRoutes =
    [
        ("requirement", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":2,"priorityLevel":"high"}"""),
        ("new client", "POST", "/api/clients", """{"name":"Fresh","segment":"Giant","cse":"Ana Lee"}"""),
        ("segment change", "POST", $"/api/clients/{Barwon}/segment-changes", """{"segment":"Giant","effectiveFrom":"2025-09-01"}"""),
        ("exclusion", "PUT", $"/api/clients/{Barwon}/exclusions/SAT_PLAN", """{"reason":"n/a"}"""),
        ("schedule", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}"""),
        ("complete", "POST", $"/api/events/{EventId}/complete", """{"completedDate":"2025-03-04"}"""),
        ("reschedule", "PATCH", $"/api/events/{EventId}", """{"eventDate":"2025-03-05"}"""),
    ];

    private static readonly string[] BrokenJson = ["{", "not json", "{\"a\":}", "{\"x\":1,}", "{'single':1}", "[1,2]", "\"text\"", "{\"a\":1}{\"b\":2}"];

    private static IEnumerable<MalformedRequest> Generated()
    {
        foreach (var (name, method, path, valid) in JsonRoutes)
        {
            for (var i = 0; i < BrokenJson.Length; i++)
                yield return new($"{name}: broken JSON #{i + 1}", method, path, BrokenJson[i]);
            yield return new($"{name}: unknown field", method, path, valid.TrimEnd('}') + ",\"surprise\":1}", Field: "surprise");
            yield return new($"{name}: text/plain", method, path, valid, "text/plain", HttpStatusCode.UnsupportedMediaType);
            yield return new($"{name}: form body", method, path, "a=1", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType);
            yield return new($"{name}: 300 KB body", method, path,
                valid.TrimEnd('}') + ",\"padding\":\"" + new string('x', 300 * 1024) + "\"}", Expected: HttpStatusCode.RequestEntityTooLarge);
        }
    }

    private static readonly MalformedRequest[] WrongTypes =
    [
        new("requirement: count as text", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":"2","priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: count as fraction", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":2.5,"priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: count too big for int", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":99999999999,"priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: count as bool", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":true,"priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: priority as number", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":2,"priorityLevel":1}""", Field: "priorityLevel"),
        new("requirement: count missing", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: count out of range", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":-3,"priorityLevel":"high"}""", Field: "requiredCountPerYear"),
        new("requirement: unknown priority", "PUT", "/api/requirements/Maintain/SAT_PLAN", """{"requiredCountPerYear":2,"priorityLevel":"urgent"}""", Field: "priorityLevel"),
        new("requirement: unknown segment", "PUT", "/api/requirements/Gold/SAT_PLAN", """{"requiredCountPerYear":2,"priorityLevel":"high"}""", Field: "segment"),
        new("requirement: unknown event code", "PUT", "/api/requirements/Maintain/NOPE", """{"requiredCountPerYear":2,"priorityLevel":"high"}""", Field: "eventCode"),
        new("requirement: no body", "PUT", "/api/requirements/Maintain/SAT_PLAN", Field: "body"),
        new("new client: name as number", "POST", "/api/clients", """{"name":5,"segment":"Giant"}""", Field: "name"),
        new("new client: date in another format", "POST", "/api/clients", """{"name":"X","segment":"Giant","segmentSince":"2025/01/01"}""", Field: "segmentSince"),
        new("new client: impossible date", "POST", "/api/clients", """{"name":"X","segment":"Giant","segmentSince":"2025-02-30"}""", Field: "segmentSince"),
        new("new client: missing name", "POST", "/api/clients", """{"segment":"Giant"}""", Field: "name"),
        new("new client: blank name", "POST", "/api/clients", """{"name":"   ","segment":"Giant"}""", Field: "name"),
        new("new client: unknown segment", "POST", "/api/clients", """{"name":"X","segment":"Platinum"}""", Field: "segment"),
        new("new client: existing name", "POST", "/api/clients", """{"name":"Barwon Health","segment":"Giant"}""", Expected: HttpStatusCode.Conflict),
        new("segment change: date as number", "POST", $"/api/clients/{Barwon}/segment-changes", """{"segment":"Giant","effectiveFrom":20250901}""", Field: "effectiveFrom"),
        new("segment change: unknown segment", "POST", $"/api/clients/{Barwon}/segment-changes", """{"segment":"Gold","effectiveFrom":"2025-09-01"}""", Field: "segment"),
        new("segment change: notes as object", "POST", $"/api/clients/{Barwon}/segment-changes", """{"segment":"Giant","effectiveFrom":"2025-09-01","notes":{}}""", Field: "notes"),
        new("exclusion: reason as array", "PUT", $"/api/clients/{Barwon}/exclusions/SAT_PLAN", """{"reason":["a"]}""", Field: "reason"),
        new("exclusion: blank reason", "PUT", $"/api/clients/{Barwon}/exclusions/SAT_PLAN", """{"reason":""}""", Field: "reason"),
        new("exclusion: unknown event code", "PUT", $"/api/clients/{Barwon}/exclusions/NOPE", """{"reason":"x"}""", Field: "eventCode"),
        new("schedule: date as number", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":20250304}""", Field: "eventDate"),
        new("schedule: date with time", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04T10:00:00"}""", Field: "eventDate"),
        new("schedule: attendees as text", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","attendees":"a@b.co"}""", Field: "attendees"),
        new("schedule: attendee as number", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","attendees":[5]}""", Field: "attendees[0]"),
        new("schedule: client as object", "POST", "/api/events/schedule", """{"clientName":{"name":"Barwon Health"},"eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}""", Field: "clientName"),
        new("schedule: request id as array", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","requestId":[]}""", Field: "requestId"),
        new("schedule: no body", "POST", "/api/events/schedule", Field: "body"),
        new("complete: date as bool", "POST", $"/api/events/{EventId}/complete", """{"completedDate":true}""", Field: "completedDate"),
        new("complete: month 13", "POST", $"/api/events/{EventId}/complete", """{"completedDate":"2025-13-01"}""", Field: "completedDate"),
        new("complete: id is not a uuid", "POST", "/api/events/42/complete", "{}", Field: "id"),
        new("reschedule: attendees as object", "PATCH", $"/api/events/{EventId}", """{"attendees":{"a":1}}""", Field: "attendees"),
        new("reschedule: date as words", "PATCH", $"/api/events/{EventId}", """{"eventDate":"next tuesday"}""", Field: "eventDate"),
        new("reschedule: id is not a uuid", "PATCH", "/api/events/not-a-uuid", """{"notes":"x"}""", Field: "id"),
        new("delete: id is not a uuid", "DELETE", "/api/events/12345", Field: "id"),
        new("schedule: NUL in the client name", "POST", "/api/events/schedule", """{"clientName":"Barwon\u0000Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04"}""", Field: "clientName"),
        new("schedule: NUL in the notes", "POST", "/api/events/schedule", """{"clientName":"Barwon Health","eventCode":"INSIGHT_TP","eventDate":"2025-03-04","notes":"a\u0000b"}""", Field: "notes"),
        new("new client: NUL in the name", "POST", "/api/clients", """{"name":"X\u0000","segment":"Giant"}""", Field: "name"),
        new("exclusion: NUL in the reason", "PUT", $"/api/clients/{Barwon}/exclusions/SAT_PLAN", """{"reason":"\u0000"}""", Field: "reason"),
        new("delete exclusion: unknown event code", "DELETE", $"/api/clients/{Barwon}/exclusions/NOPE", Field: "eventCode"),
    ];

    private static readonly MalformedRequest[] BadQueries =
    [
        new("clients: negative page size", "GET", "/api/clients?pageSize=-1", Field: "pageSize"),
        new("clients: page size as text", "GET", "/api/clients?pageSize=ten", Field: "pageSize"),
        new("clients: page size overflow", "GET", "/api/clients?pageSize=99999999999", Field: "pageSize"),
        new("clients: bad page token", "GET", "/api/clients?pageToken=%%%garbage", Field: "pageToken"),
        new("clients: unknown segment", "GET", "/api/clients?segment=Gold", Field: "segment"),
        new("requirements: unknown segment", "GET", "/api/requirements?segment=Gold", Field: "segment"),
        new("history: unknown event code", "GET", "/api/requirements/history?eventCode=NOPE", Field: "eventCode"),
        new("deadline: year as text", "GET", $"/api/clients/{Barwon}/deadline?year=last", Field: "year"),
        new("deadline: asOf not a date", "GET", $"/api/clients/{Barwon}/deadline?asOf=soon", Field: "asOf"),
        new("deadline: asOf impossible", "GET", $"/api/clients/{Barwon}/deadline?asOf=2025-02-29", Field: "asOf"),
        new("events: negative page size", "GET", "/api/events?pageSize=-5", Field: "pageSize"),
        new("events: completed not a bool", "GET", "/api/events?completed=maybe", Field: "completed"),
        new("events: year as text", "GET", "/api/events?year=twenty", Field: "year"),
        new("events: from not a date", "GET", "/api/events?from=2025-1-1x", Field: "from"),
        new("event: id not a uuid", "GET", "/api/events/abc", Field: "id"),
        new("segmentation-events: nothing given", "GET", "/api/segmentation-events", Field: "clientName"),
        new("segmentation-events: no year", "GET", $"/api/segmentation-events?clientName={Barwon}", Field: "year"),
        new("segmentation-events: no client", "GET", "/api/segmentation-events?year=2025", Field: "clientName"),
        new("segmentation-events: year 2019", "GET", $"/api/segmentation-events?clientName={Barwon}&year=2019", Field: "year"),
        new("segmentation-events: year far ahead", "GET", $"/api/segmentation-events?clientName={Barwon}&year=2999", Field: "year"),
        new("segmentation-events: year as text", "GET", $"/api/segmentation-events?clientName={Barwon}&year=this", Field: "year"),
        new("compliance: year as text", "GET", $"/api/compliance/{Barwon}?year=abc", Field: "year"),
        new("compliance: asOf not a date", "GET", $"/api/compliance/{Barwon}?asOf=31/12/2025", Field: "asOf"),
        new("portfolio: negative page size", "GET", "/api/compliance?pageSize=-1", Field: "pageSize"),
        new("portfolio: year as text", "GET", "/api/compliance?year=x", Field: "year"),
        new("portfolio: asOf not a date", "GET", "/api/compliance?asOf=now", Field: "asOf"),
        new("forecast: year as text", "GET", $"/api/compliance/{Barwon}/forecast?year=2025.5", Field: "year"),
        new("forecast: asOf not a date", "GET", $"/api/compliance/{Barwon}/forecast?asOf=2025-13-13", Field: "asOf"),
        new("forecast history: negative page size", "GET", $"/api/compliance/{Barwon}/forecast/history?pageSize=-2", Field: "pageSize"),
        new("forecast history: bad page token", "GET", $"/api/compliance/{Barwon}/forecast/history?pageToken=zzz", Field: "pageToken"),
        new("save forecast: asOf not a date", "POST", $"/api/compliance/{Barwon}/forecast?asOf=2025-02-31", Field: "asOf"),
        new("workload: year as text", "GET", "/api/workload?year=soon", Field: "year"),
        new("workload: asOf not a date", "GET", "/api/workload?asOf=2025-00-10", Field: "asOf"),
        new("clients: NUL in the search", "GET", "/api/clients?search=a%00b", Field: "search"),
        new("events: NUL in the client name", "GET", "/api/events?clientName=a%00b", Field: "clientName"),
        new("import: dryRun not a bool", "POST", "/api/events/import?dryRun=perhaps", "client,event,date\n", "text/csv", Field: "dryRun"),
        new("import: JSON body", "POST", "/api/events/import", "{}", Expected: HttpStatusCode.UnsupportedMediaType),
        new("import: no content type", "POST", "/api/events/import", Expected: HttpStatusCode.UnsupportedMediaType, Field: "body"),
        new("import: empty CSV", "POST", "/api/events/import", "", "text/csv", Field: "body"),
        new("import: multipart without a file", "POST", "/api/events/import",
            "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--b--\r\n", "multipart/form-data; boundary=b", Field: "file"),
        new("import: multipart with a .txt file", "POST", "/api/events/import",
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"events.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n",
            "multipart/form-data; boundary=b", Field: "file"),
        new("import: broken multipart", "POST", "/api/events/import", "--b\r\nnot a part", "multipart/form-data; boundary=b", Field: "body"),
    ];

    public static readonly IReadOnlyList<MalformedRequest> All =
        [.. Generated(), .. WrongTypes, .. BadQueries, .. EdgeRequests.Encodings(), .. EdgeRequests.Dates()];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var request in All) data.Add(request.Name);
        return data;
    }

    public static MalformedRequest Find(string name) => All.Single(r => r.Name == name);
}

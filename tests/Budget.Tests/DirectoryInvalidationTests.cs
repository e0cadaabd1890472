using System.Net;
using System.Net.Http.Json;
using Segmentation.Requirements.V1;

namespace Segmentation.Budget.Tests;

/// <summary>Events keeps Requirements' decisions (name/alias → client, its CSE) without asking again, and forgets
/// them the moment Requirements commits a change (NOTIFY): the very next request sees the change.</summary>
public sealed class DirectoryInvalidationTests(BudgetSystem system) : IClassFixture<BudgetSystem>
{
    private const string EventsList = "/api/events?clientName=Barwon%20Health&year=2025";

    private static int RequirementsCalls(Segmentation.TestSupport.Budget.RequestCost cost) =>
        cost.GrpcCalls.Count(c => c.Contains("RequirementsService/", StringComparison.Ordinal));

    [Fact]
    public async Task A_cse_reassignment_reaches_the_very_next_request()
    {
        await system.MeasureAsync(TestData.AnaToken, () => new HttpRequestMessage(HttpMethod.Get, EventsList)); // cold: asks once
        var (_, warm) = await system.MeasureAsync(TestData.AnaToken, () => new HttpRequestMessage(HttpMethod.Get, EventsList));
        Assert.Equal(0, RequirementsCalls(warm)); // the decision is cached...

        await system.Host.GrpcClient<RequirementsService.RequirementsServiceClient>(TestAuth.Admin)
            .ReassignCseAsync(new ReassignCseRequest { Name = TestData.AnaClient, Cse = TestData.Ben });

        using var ana = await system.Host.Client(TestData.AnaToken).GetAsync(EventsList);
        Assert.Equal(HttpStatusCode.BadRequest, ana.StatusCode); // ...and gone: Ana no longer sees the client
        using var ben = await system.Host.Client(TestData.BenToken).GetAsync(EventsList);
        Assert.Equal(HttpStatusCode.OK, ben.StatusCode);

        await system.Host.GrpcClient<RequirementsService.RequirementsServiceClient>(TestAuth.Admin)
            .ReassignCseAsync(new ReassignCseRequest { Name = TestData.AnaClient, Cse = TestData.Ana });
        using var back = await system.Host.Client(TestData.AnaToken).GetAsync(EventsList);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task An_alias_added_or_removed_reaches_the_very_next_request()
    {
        var admin = system.Host.Client(TestAuth.Admin);
        using var before = await ScheduleAsync(admin, "Barwon Clinic", "2025-08-01");
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode); // unknown, and not cached as unknown

        using var added = await admin.PostAsJsonAsync("/api/clients/Barwon%20Health/aliases", new { alias = "Barwon Clinic" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        using var byAlias = await ScheduleAsync(admin, "Barwon Clinic", "2025-08-02");
        Assert.Equal(HttpStatusCode.Created, byAlias.StatusCode);
        using var again = await ScheduleAsync(admin, "Barwon Clinic", "2025-08-03"); // now cached
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);

        using var removed = await admin.DeleteAsync("/api/clients/Barwon%20Health/aliases?alias=Barwon%20Clinic");
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        using var after = await ScheduleAsync(admin, "Barwon Clinic", "2025-08-04");
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
    }

    private static Task<HttpResponseMessage> ScheduleAsync(HttpClient client, string name, string date) =>
        client.PostAsJsonAsync("/api/events/schedule", new { clientName = name, eventCode = "INSIGHT_TP", eventDate = date });
}

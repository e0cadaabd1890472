using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 13: the matrix is kept between reads (MatrixCache) and never outlives an edit: the replica
/// that made it reads the new value at once, another replica as soon as the directory notice reaches it.</summary>
public sealed class MatrixCacheTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private static Task<Assessment> AssessAsync(RequirementsService.RequirementsServiceClient client) =>
        client.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Barwon Health", Year = 2025, AsOf = "2025-11-27" }).ResponseAsync;

    private static int Required(Assessment assessment, string code) =>
        assessment.Expected.FirstOrDefault(e => e.EventCode == code)?.Expected ?? 0;

    [Fact]
    public async Task An_edit_shows_at_once_on_its_replica_and_promptly_on_another()
    {
        await CreateClientAsync("Barwon Health", "Maintain");
        await using var other = new ServiceFactory<RequirementsServiceMarker>(ConnectionString);
        var otherAdmin = new RequirementsService.RequirementsServiceClient(other.Channel(TestAuth.Admin));
        var before = Required(await AssessAsync(Admin), "SLA_REVIEW");
        Assert.Equal(before, Required(await AssessAsync(otherAdmin), "SLA_REVIEW"));
        Assert.Equal(before, Required(await AssessAsync(otherAdmin), "SLA_REVIEW"));

        await Admin.UpdateRequirementAsync(new UpdateRequirementRequest
        {
            Segment = "Maintain", EventType = "SLA_REVIEW", RequiredCountPerYear = before + 3, PriorityLevel = "high",
        });

        Assert.Equal(before + 3, Required(await AssessAsync(Admin), "SLA_REVIEW"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        int seen;
        while ((seen = Required(await AssessAsync(otherAdmin), "SLA_REVIEW")) != before + 3 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(before + 3, seen);
    }
}

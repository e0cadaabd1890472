using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Every malformed request is a 4xx problem (400s with an errors object naming the field) and
/// leaves every table exactly as it was; none is a 500.</summary>
public sealed class MalformedRequestTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    public static TheoryData<string> Cases => MalformedRequests.Names();

    [Fact]
    public void The_table_has_at_least_100_requests() => Assert.True(MalformedRequests.All.Count >= 100, $"{MalformedRequests.All.Count}");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_and_changes_nothing(string name)
    {
        var malformed = MalformedRequests.Find(name);
        var before = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);
        using var request = malformed.Request();

        using var response = await shared.Host.Client(TestAuth.Admin).SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, malformed.Expected);
        if (malformed.Expected == HttpStatusCode.BadRequest) Assert.NotEmpty(problem.ErrorFields);
        if (malformed.Field is not null) Assert.Contains(malformed.Field, problem.ErrorFields);
        var after = await DatabaseSnapshot.TakeAsync(shared.Host.ConnectionString);
        Assert.Equal(before.RowCount, after.RowCount);
        Assert.Empty(after.DifferencesFrom(before));
    }
}

using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>StreamAssessments' page mode (issue 13: the portfolio's page in one call): the next `limit` clients after
/// `after_client` in name order, a CSE's own only, and the same assessments as asking for those clients by name.
/// A limit out of range, or with client_names, is INVALID_ARGUMENT.</summary>
public sealed class AssessmentPageTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private async Task<List<Assessment>> StreamAsync(string token, StreamAssessmentsRequest request)
    {
        request.Year = 2025;
        request.AsOf = "2025-11-27";
        using var call = Client(token).StreamAssessments(request);
        var all = new List<Assessment>();
        while (await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken)) all.Add(call.ResponseStream.Current);
        return all;
    }

    [Fact]
    public async Task Pages_follow_the_name_order_keep_the_cse_rule_and_match_a_request_by_name()
    {
        foreach (var (name, cse) in new[] { ("Alpha", "Ana"), ("Bravo", "Ben"), ("Charlie", "Ana"), ("Delta", "Ana"), ("Echo", "Ben") })
            await CreateClientAsync(name, "Maintain", cse);

        var first = await StreamAsync(TestAuth.Admin, new StreamAssessmentsRequest { Limit = 2 });
        var second = await StreamAsync(TestAuth.Admin, new StreamAssessmentsRequest { AfterClient = "Bravo", Limit = 2 });
        var last = await StreamAsync(TestAuth.Admin, new StreamAssessmentsRequest { AfterClient = "Delta", Limit = 2 });
        var ana = await StreamAsync(TestAuth.Cse("Ana"), new StreamAssessmentsRequest { AfterClient = "Alpha", Limit = 5 });
        var byName = await StreamAsync(TestAuth.Admin, new StreamAssessmentsRequest { ClientNames = { "Charlie", "Delta" } });

        Assert.Equal(["Alpha", "Bravo"], first.Select(a => a.ClientName));
        Assert.Equal(["Charlie", "Delta"], second.Select(a => a.ClientName));
        Assert.Equal(["Echo"], last.Select(a => a.ClientName));
        Assert.Equal(["Charlie", "Delta"], ana.Select(a => a.ClientName));
        Assert.Equal(byName, second);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(502, false)]
    [InlineData(2, true)]
    public async Task A_limit_out_of_range_or_with_client_names_is_invalid(int limit, bool withNames)
    {
        var request = new StreamAssessmentsRequest { Limit = limit };
        if (withNames) request.ClientNames.Add("Alpha");

        var error = await Errors.ExpectAsync(StatusCode.InvalidArgument, () => StreamAsync(TestAuth.Admin, request));

        Assert.Contains(Errors.Violations(error), v => v.Field == "limit");
    }
}

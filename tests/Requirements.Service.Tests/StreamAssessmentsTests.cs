using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class StreamAssessmentsTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateClientAsync("Albury Wodonga", "Leverage", "Ana", "2024-01-01");
        await CreateClientAsync("DoH Victoria", "Collaboration", "Ana", "2024-01-01");
        await CreateClientAsync("SingHealth", "Nurture", "Ben", "2024-01-01");
        await CreateClientAsync("WA Health", "Nurture", "Ben", "2024-01-01");
        await ChangeAsync("Albury Wodonga", "Leverage", "2025-09-01");
        await ChangeAsync("DoH Victoria", "Nurture", "2025-09-01");
        await ChangeAsync("SingHealth", "Sleeping Giant", "2025-09-01");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "WA Health", Alias = "WAH" });
        await Admin.SetExclusionAsync(new SetExclusionRequest { ClientName = "WA Health", EventType = "HEALTH_CHECK", Reason = "No Opal" });
    }

    private async Task<List<Assessment>> StreamAsync(StreamAssessmentsRequest request, string? token = null)
    {
        using var call = Client(token ?? TestAuth.Admin).StreamAssessments(request);
        var all = new List<Assessment>();
        await foreach (var a in call.ResponseStream.ReadAllAsync()) all.Add(a);
        return all;
    }

    [Fact]
    public async Task Streams_every_client_in_name_order_with_the_same_answer_as_get_assessment()
    {
        var all = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, AsOf = "2025-11-27" });

        Assert.Equal(["Albury Wodonga", "DoH Victoria", "SingHealth", "WA Health"], all.Select(a => a.ClientName));
        Assert.Equal([false, true, true, false], all.Select(a => a.HasChanged));
        Assert.DoesNotContain(all[3].Expected, e => e.EventCode == "HEALTH_CHECK");
        foreach (var streamed in all)
        {
            var single = await Admin.GetAssessmentAsync(new GetAssessmentRequest { ClientName = streamed.ClientName, Year = 2025, AsOf = "2025-11-27" });
            Assert.Equal(single, streamed);
        }
    }

    [Fact]
    public async Task Filters_by_cse_displayed_segment_and_names_or_aliases()
    {
        var ben = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, Cse = "Ben" });
        var nurture = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, Segment = "nurture" });
        var named = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, ClientNames = { "WAH", "Albury Wodonga", "Nobody" } });

        Assert.Equal(["SingHealth", "WA Health"], ben.Select(a => a.ClientName));
        Assert.Equal(["DoH Victoria", "WA Health"], nurture.Select(a => a.ClientName));
        Assert.Equal(["Albury Wodonga", "WA Health"], named.Select(a => a.ClientName));
    }

    [Fact]
    public async Task A_cse_streams_only_own_clients()
    {
        var ana = await StreamAsync(new StreamAssessmentsRequest { Year = 2025 }, TestAuth.Cse("Ana"));
        var asksForBen = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, Cse = "Ben" }, TestAuth.Cse("Ana"));
        var namesBens = await StreamAsync(new StreamAssessmentsRequest { Year = 2025, ClientNames = { "SingHealth" } }, TestAuth.Cse("Ana"));

        Assert.Equal(["Albury Wodonga", "DoH Victoria"], ana.Select(a => a.ClientName));
        Assert.Empty(asksForBen);
        Assert.Empty(namesBens);
    }

    [Fact]
    public async Task Bad_input_is_invalid() =>
        await Errors.ExpectInvalidAsync(() => StreamAsync(new StreamAssessmentsRequest { Year = 12, AsOf = "yesterday", Segment = "Huge" }),
            "year", "as_of", "segment");
}

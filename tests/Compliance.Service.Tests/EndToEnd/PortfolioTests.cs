using Segmentation.Compliance.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue point 2: the portfolio through the real services. Clients: A (Ana, Maintain, 50 %),
/// B (Ana, Leverage, 0), C (Ben, Maintain, 0), D (Ben, Giant, 0), E (Ana, Maintain, 100 %).</summary>
public sealed class PortfolioTests(PostgresFixture postgres) : IAsyncLifetime
{
    private Stack _stack = null!;

    public async ValueTask InitializeAsync()
    {
        _stack = await Stack.StartAsync(postgres);
        await _stack.ClientAsync("A Client", "Maintain", "Ana");
        await _stack.ClientAsync("B Client", "Leverage", "Ana");
        await _stack.ClientAsync("C Client", "Maintain", "Ben");
        await _stack.ClientAsync("D Client", "Giant", "Ben");
        await _stack.ClientAsync("E Client", "Maintain", "Ana");
        await _stack.HalfMaintainYearAsync("A Client");
        await _stack.FullMaintainYearAsync("E Client");
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    private async Task<ListPortfolioResponse> ListAsync(ListPortfolioRequest request, string? token = null) =>
        await _stack.Scores(token).ListPortfolioAsync(request);

    private static string[] Names(ListPortfolioResponse response) => response.Clients.Select(c => c.ClientName).ToArray();

    [Fact]
    public async Task Pages_in_client_name_order_without_event_types()
    {
        var first = await ListAsync(new ListPortfolioRequest { PageSize = 2 });
        var second = await ListAsync(new ListPortfolioRequest { PageSize = 2, PageToken = first.NextPageToken });
        var third = await ListAsync(new ListPortfolioRequest { PageSize = 2, PageToken = second.NextPageToken });

        Assert.Equal(["A Client", "B Client"], Names(first));
        Assert.Equal(["C Client", "D Client"], Names(second));
        Assert.Equal(["E Client"], Names(third));
        Assert.Equal("", third.NextPageToken);
        Assert.All(first.Clients.Concat(second.Clients).Concat(third.Clients), c => Assert.Empty(c.EventTypes));
        Assert.Equal((50, "at-risk", 4, 8), (first.Clients[0].OverallScore, first.Clients[0].OverallStatus,
            first.Clients[0].CompliantEventTypes, first.Clients[0].TotalEventTypes));
        Assert.Equal((100, "compliant"), (third.Clients[0].OverallScore, third.Clients[0].OverallStatus));
    }

    [Theory]
    [InlineData("compliant", new[] { "E Client" })]
    [InlineData("AT-RISK", new[] { "A Client" })]
    [InlineData("critical", new[] { "B Client", "C Client", "D Client" })]
    public async Task Filter_by_status(string status, string[] expected) =>
        Assert.Equal(expected, Names(await ListAsync(new ListPortfolioRequest { Status = status })));

    [Fact]
    public async Task Filter_by_cse_and_segment_and_paging_a_status_filter()
    {
        Assert.Equal(["C Client", "D Client"], Names(await ListAsync(new ListPortfolioRequest { Cse = "Ben" })));
        Assert.Equal(["A Client", "C Client", "E Client"], Names(await ListAsync(new ListPortfolioRequest { Segment = "maintain" })));

        var first = await ListAsync(new ListPortfolioRequest { Status = "critical", PageSize = 2 });
        var rest = await ListAsync(new ListPortfolioRequest { Status = "critical", PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal(["B Client", "C Client"], Names(first));
        Assert.Equal(["D Client"], Names(rest));
    }

    [Fact]
    public async Task A_cse_sees_own_clients_only()
    {
        Assert.Equal(["A Client", "B Client", "E Client"], Names(await ListAsync(new ListPortfolioRequest(), TestAuth.Cse("Ana"))));
        Assert.Empty(Names(await ListAsync(new ListPortfolioRequest { Cse = "Ben" }, TestAuth.Cse("Ana"))));
    }

    [Theory]
    [InlineData("", "", "StreamAssessments")]             // Requirements assesses the next page of clients itself
    [InlineData("critical", "", "StreamAssessments")]     // a status needs every score: one batch for all
    [InlineData("", "Maintain", "StreamAssessments")]
    public async Task A_page_costs_a_fixed_number_of_batch_calls_whatever_the_number_of_clients(string status, string segment, string requirements)
    {
        _stack.Calls.Reset();

        await ListAsync(new ListPortfolioRequest { Status = status, Segment = segment, PageSize = 1 });

        Assert.Equal(requirements.Split(',').Select(m => "/segmentation.requirements.v1.RequirementsService/" + m), _stack.CallsFromCompliance("RequirementsService"));
        Assert.Equal(["/segmentation.events.v1.EventsService/StreamCompletedCounts"],
            _stack.CallsFromCompliance("EventsService").Where(p => !p.EndsWith("/WatchChanges", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Bad_paging_and_filters_are_rejected()
    {
        var first = await ListAsync(new ListPortfolioRequest { PageSize = 2 });

        await Errors.ExpectInvalidAsync(() => ListAsync(new ListPortfolioRequest { PageSize = 2, Cse = "Ben", PageToken = first.NextPageToken }), "page_token");
        await Errors.ExpectInvalidAsync(() => ListAsync(new ListPortfolioRequest { PageToken = "not-a-token!" }), "page_token");
        await Errors.ExpectInvalidAsync(() => ListAsync(new ListPortfolioRequest { PageSize = -1, Status = "great", AsOf = "2025-13-01" }),
            "page_size", "status", "as_of");
        await Errors.ExpectInvalidAsync(() => ListAsync(new ListPortfolioRequest { Segment = "Giants and more" }), "segment");
    }
}

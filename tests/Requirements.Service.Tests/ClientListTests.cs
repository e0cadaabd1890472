using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class ClientListTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateClientAsync("Albury Wodonga", "Leverage", "Ana");
        await CreateClientAsync("Barwon Health", "Maintain", "Ana");
        await CreateClientAsync("Epworth", "Maintain", "Ben");
        await CreateClientAsync("GRMC", "Maintain", "Ana");
        await CreateClientAsync("SA Health (Sunrise)", "Giant", "Ben");
        await CreateClientAsync("Te Whatu Ora Waikato", "Collaboration", "Ana");
        await CreateClientAsync("WA Health", "Sleeping Giant", "Cleo");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });
    }

    private async Task<List<string>> AllPagesAsync(RequirementsService.RequirementsServiceClient client, ListClientsRequest request)
    {
        var names = new List<string>();
        var pages = 0;
        do
        {
            var response = await client.ListClientsAsync(request);
            names.AddRange(response.Clients.Select(c => c.Name));
            request.PageToken = response.NextPageToken;
            Assert.True(++pages < 20);
        } while (request.PageToken != "");
        return names;
    }

    [Fact]
    public async Task Pages_through_every_client_in_name_order()
    {
        var first = await Admin.ListClientsAsync(new ListClientsRequest { PageSize = 3 });
        var all = await AllPagesAsync(Admin, new ListClientsRequest { PageSize = 3 });

        Assert.Equal(3, first.Clients.Count);
        Assert.NotEqual("", first.NextPageToken);
        Assert.DoesNotContain("GRMC", first.NextPageToken);
        Assert.Equal(["Albury Wodonga", "Barwon Health", "Epworth", "GRMC", "SA Health (Sunrise)", "Te Whatu Ora Waikato", "WA Health"], all);
    }

    [Fact]
    public async Task The_default_page_holds_everything_here_and_ends_with_an_empty_token()
    {
        var response = await Admin.ListClientsAsync(new ListClientsRequest());

        Assert.Equal(7, response.Clients.Count);
        Assert.Equal("", response.NextPageToken);
    }

    [Fact]
    public async Task Filters_by_cse_segment_and_a_search_over_names_and_aliases()
    {
        var byCse = await AllPagesAsync(Admin, new ListClientsRequest { Cse = "Ben", PageSize = 1 });
        var bySegment = await AllPagesAsync(Admin, new ListClientsRequest { Segment = "maintain", PageSize = 2 });
        var bySearch = await AllPagesAsync(Admin, new ListClientsRequest { Search = "HEALTH" });
        var byAlias = await AllPagesAsync(Admin, new ListClientsRequest { Search = "waik" });

        Assert.Equal(["Epworth", "SA Health (Sunrise)"], byCse);
        Assert.Equal(["Barwon Health", "Epworth", "GRMC"], bySegment);
        Assert.Equal(["Barwon Health", "SA Health (Sunrise)", "WA Health"], bySearch);
        Assert.Equal(["Te Whatu Ora Waikato"], byAlias);
    }

    [Fact]
    public async Task A_cse_lists_only_own_clients()
    {
        var ana = Client(TestAuth.Cse("Ana"));

        var own = await AllPagesAsync(ana, new ListClientsRequest { PageSize = 2 });
        var other = await ana.ListClientsAsync(new ListClientsRequest { Cse = "Ben" });

        Assert.Equal(["Albury Wodonga", "Barwon Health", "GRMC", "Te Whatu Ora Waikato"], own);
        Assert.Empty(other.Clients);
    }

    [Fact]
    public async Task Bad_paging_input_and_segments_are_invalid()
    {
        var token = (await Admin.ListClientsAsync(new ListClientsRequest { PageSize = 2, Cse = "Ana" })).NextPageToken;

        await Errors.ExpectInvalidAsync(() => Admin.ListClientsAsync(new ListClientsRequest { PageToken = "not a token" }).ResponseAsync, "page_token");
        await Errors.ExpectInvalidAsync(() => Admin.ListClientsAsync(new ListClientsRequest { PageToken = token, Cse = "Ben" }).ResponseAsync, "page_token");
        await Errors.ExpectInvalidAsync(() => Admin.ListClientsAsync(new ListClientsRequest { PageSize = -1, Segment = "Giganto" }).ResponseAsync, "page_size", "segment");
        var next = await Admin.ListClientsAsync(new ListClientsRequest { PageSize = 2, Cse = "Ana", PageToken = token });
        Assert.Equal(["GRMC", "Te Whatu Ora Waikato"], next.Clients.Select(c => c.Name));
    }
}

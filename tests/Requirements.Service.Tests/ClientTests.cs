using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class ClientTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private Task<long> ClientCountAsync() => ScalarAsync<long>("SELECT count(*) FROM nps_clients");

    [Fact]
    public async Task Creating_a_client_records_its_first_period_from_segment_since()
    {
        var client = await CreateClientAsync("Barwon Health", "maintain", "Ana", "2024-03-01");

        Assert.Equal(("Barwon Health", "Maintain", "Ana"), (client.Name, client.Segment, client.Cse));
        var period = Assert.Single(client.SegmentHistory);
        Assert.Equal(("Maintain", "2024-03-01", ""), (period.Segment, period.EffectiveFrom, period.EffectiveTo));
        Assert.Equal("Maintain", await ScalarAsync<string>("SELECT segment FROM nps_clients WHERE client_name = 'Barwon Health'"));
    }

    [Fact]
    public async Task Segment_since_defaults_to_today_in_sydney()
    {
        // The fixed clock is 2025-11-26 23:00 UTC, already 2025-11-27 in Sydney.
        var client = await Admin.CreateClientAsync(new CreateClientRequest { Name = "GHA", Segment = "Collaborate", Cse = "Ana" });

        Assert.Equal(("Collaboration", "2025-11-27"), (client.Segment, client.SegmentHistory[0].EffectiveFrom));
    }

    [Fact]
    public async Task Invalid_input_names_every_bad_field_and_creates_nothing()
    {
        await Errors.ExpectInvalidAsync(() => Admin.CreateClientAsync(new CreateClientRequest
        {
            Name = "  ", Segment = "Gigantic", Cse = new string('x', 101), SegmentSince = "01/02/2025",
        }).ResponseAsync, "name", "segment", "cse", "segment_since");

        Assert.Equal(0, await ClientCountAsync());
    }

    [Fact]
    public async Task A_name_that_is_already_a_client_or_an_alias_already_exists()
    {
        await CreateClientAsync("Te Whatu Ora Waikato", "Collaboration");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });

        await Errors.ExpectAsync(StatusCode.AlreadyExists, () => CreateClientAsync("Te Whatu Ora Waikato", "Giant"));
        var error = await Errors.ExpectAsync(StatusCode.AlreadyExists, () => CreateClientAsync("Waikato", "Giant"));

        Assert.Contains("alias", error.Status.Detail);
        Assert.Equal(1, await ClientCountAsync());
    }

    [Fact]
    public async Task A_cse_may_not_create_clients()
    {
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () =>
            Client(TestAuth.Cse("Ana")).CreateClientAsync(new CreateClientRequest { Name = "X", Segment = "Giant", Cse = "Ana" }).ResponseAsync);

        Assert.Equal(0, await ClientCountAsync());
    }

    [Fact]
    public async Task An_alias_resolves_to_its_client_everywhere_a_name_is_accepted()
    {
        await CreateClientAsync("SA Health (iPro)", "Nurture", "Ana");
        var withAlias = await Admin.AddAliasAsync(new AddAliasRequest { Name = "SA Health (iPro)", Alias = "SA Health iPro" });

        var byAlias = await Admin.GetClientAsync(new GetClientRequest { Name = "SA Health iPro" });
        var resolved = await Admin.ResolveClientsAsync(new ResolveClientsRequest { Names = { "SA Health iPro", "SA Health (iPro)" } });
        var history = (await Admin.GetClientAsync(new GetClientRequest { Name = "SA Health iPro" })).SegmentHistory;

        Assert.Equal(["SA Health iPro"], withAlias.Aliases);
        Assert.Equal("SA Health (iPro)", byAlias.Name);
        Assert.Equal(["SA Health iPro"], byAlias.Aliases);
        Assert.All(resolved.Clients, c => Assert.Equal(("SA Health (iPro)", true), (c.Name, c.Found)));
        Assert.Single(history);
    }

    [Fact]
    public async Task An_alias_never_names_a_second_client()
    {
        await CreateClientAsync("Western Health", "Maintain");
        await CreateClientAsync("WA Health", "Sleeping Giant");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "WA Health", Alias = "WAH" });

        await Errors.ExpectAsync(StatusCode.AlreadyExists, () => Admin.AddAliasAsync(new AddAliasRequest { Name = "Western Health", Alias = "WA Health" }).ResponseAsync);
        await Errors.ExpectAsync(StatusCode.AlreadyExists, () => Admin.AddAliasAsync(new AddAliasRequest { Name = "Western Health", Alias = "WAH" }).ResponseAsync);
        await Errors.ExpectAsync(StatusCode.AlreadyExists, () => Admin.AddAliasAsync(new AddAliasRequest { Name = "WA Health", Alias = "WA Health" }).ResponseAsync);
        var again = await Admin.AddAliasAsync(new AddAliasRequest { Name = "WAH", Alias = "WAH" });

        Assert.Equal(["WAH"], again.Aliases);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM client_aliases"));
    }

    [Fact]
    public async Task Adding_an_alias_validates_its_input_and_needs_an_admin()
    {
        await CreateClientAsync("Epworth", "Maintain", "Ana");

        await Errors.ExpectInvalidAsync(() => Admin.AddAliasAsync(new AddAliasRequest { Name = "", Alias = " " }).ResponseAsync, "name", "alias");
        await Errors.ExpectAsync(StatusCode.NotFound, () => Admin.AddAliasAsync(new AddAliasRequest { Name = "Nobody", Alias = "N" }).ResponseAsync);
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () =>
            Client(TestAuth.Cse("Ana")).AddAliasAsync(new AddAliasRequest { Name = "Epworth", Alias = "EH" }).ResponseAsync);
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM client_aliases"));
    }

    [Fact]
    public async Task A_cse_sees_own_clients_and_another_cses_client_does_not_exist()
    {
        await CreateClientAsync("Barwon Health", "Maintain", "Ana");
        await CreateClientAsync("WA Health", "Sleeping Giant", "Ben");
        var ana = Client(TestAuth.Cse("Ana"));

        var own = await ana.GetClientAsync(new GetClientRequest { Name = "Barwon Health" });
        var other = await Errors.ExpectAsync(StatusCode.NotFound, () => ana.GetClientAsync(new GetClientRequest { Name = "WA Health" }).ResponseAsync);
        var missing = await Errors.ExpectAsync(StatusCode.NotFound, () => ana.GetClientAsync(new GetClientRequest { Name = "Nobody" }).ResponseAsync);

        Assert.Equal("Barwon Health", own.Name);
        Assert.Equal(missing.Status.Detail.Replace("Nobody", "WA Health"), other.Status.Detail);
    }

    [Fact]
    public async Task Getting_a_client_without_a_name_is_invalid() =>
        await Errors.ExpectInvalidAsync(() => Admin.GetClientAsync(new GetClientRequest { Name = " " }).ResponseAsync, "name");

    [Fact]
    public async Task Reassigning_the_cse_is_an_admin_operation()
    {
        await CreateClientAsync("Grampians", "Leverage", "Ana");

        await Errors.ExpectAsync(StatusCode.PermissionDenied, () =>
            Client(TestAuth.Cse("Ana")).ReassignCseAsync(new ReassignCseRequest { Name = "Grampians", Cse = "Ana2" }).ResponseAsync);
        await Errors.ExpectInvalidAsync(() => Admin.ReassignCseAsync(new ReassignCseRequest { Name = "", Cse = new string('c', 101) }).ResponseAsync, "name", "cse");
        await Errors.ExpectAsync(StatusCode.NotFound, () => Admin.ReassignCseAsync(new ReassignCseRequest { Name = "Nobody", Cse = "Ben" }).ResponseAsync);
        var moved = await Admin.ReassignCseAsync(new ReassignCseRequest { Name = "Grampians", Cse = "Ben" });

        Assert.Equal("Ben", moved.Cse);
        Assert.Equal("Ben", await ScalarAsync<string>("SELECT cse FROM nps_clients WHERE client_name = 'Grampians'"));
        await Errors.ExpectAsync(StatusCode.NotFound, () => Client(TestAuth.Cse("Ana")).GetClientAsync(new GetClientRequest { Name = "Grampians" }).ResponseAsync);
    }
}

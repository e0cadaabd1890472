using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>RemoveAlias: admin only; the alias stops resolving; one that is not this client's alias is NOT_FOUND.</summary>
public sealed class RemoveAliasTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateClientAsync("Te Whatu Ora Waikato", "Maintain", "Ana");
        await CreateClientAsync("WA Health", "Giant", "Ben");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" });
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "WA Health", Alias = "WAH" });
    }

    private Task<long> AliasCountAsync() => ScalarAsync<long>("SELECT count(*) FROM client_aliases");

    [Fact]
    public async Task Removing_an_alias_stops_it_resolving_and_frees_it_for_another_client()
    {
        var client = await Admin.RemoveAliasAsync(new RemoveAliasRequest { Name = "Te Whatu Ora Waikato", Alias = " Waikato " });

        Assert.Empty(client.Aliases);
        await Errors.ExpectAsync(StatusCode.NotFound, () => Admin.GetClientAsync(new GetClientRequest { Name = "Waikato" }).ResponseAsync);
        var reused = await Admin.AddAliasAsync(new AddAliasRequest { Name = "WA Health", Alias = "Waikato" });
        Assert.Equal(["WAH", "Waikato"], reused.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_clients_alias_or_the_clients_own_name_is_not_found_and_nothing_changes()
    {
        await Errors.ExpectAsync(StatusCode.NotFound,
            () => Admin.RemoveAliasAsync(new RemoveAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "WAH" }).ResponseAsync);
        await Errors.ExpectAsync(StatusCode.NotFound,
            () => Admin.RemoveAliasAsync(new RemoveAliasRequest { Name = "WA Health", Alias = "WA Health" }).ResponseAsync);

        Assert.Equal(2, await AliasCountAsync());
    }

    [Fact]
    public async Task A_cse_may_not_remove_an_alias()
    {
        await Errors.ExpectAsync(StatusCode.PermissionDenied,
            () => Client(TestAuth.Cse("Ana")).RemoveAliasAsync(new RemoveAliasRequest { Name = "Te Whatu Ora Waikato", Alias = "Waikato" }).ResponseAsync);

        Assert.Equal(2, await AliasCountAsync());
    }

    [Fact]
    public async Task A_missing_alias_is_invalid_naming_alias()
    {
        await Errors.ExpectInvalidAsync(
            () => Admin.RemoveAliasAsync(new RemoveAliasRequest { Name = "WA Health", Alias = " " }).ResponseAsync, "alias");
    }
}

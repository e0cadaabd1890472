using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>GET|POST|DELETE /api/clients/{clientName}/aliases through the real gateway and Requirements.</summary>
public sealed class ClientAliasesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private HttpClient Admin => _host.Client(TestAuth.Admin);
    private HttpClient Ana => _host.Client(TestData.AnaToken);
    private const string Barwon = "/api/clients/Barwon%20Health/aliases";

    private static async Task<string[]> AliasesAsync(HttpResponseMessage response) =>
        [.. (await Json.ReadAsync(response)).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];

    [Fact]
    public async Task An_admin_adds_lists_and_removes_an_alias()
    {
        using var added = await Admin.PostAsync(Barwon, Json.Raw("""{"alias":"Barwon"}"""));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(["Barwon"], await AliasesAsync(added));

        using var byAlias = await Admin.GetAsync("/api/clients/Barwon");
        Assert.Equal("Barwon Health", (await Json.ReadAsync(byAlias)).GetProperty("name").GetString());

        using var removed = await Admin.DeleteAsync(Barwon + "?alias=Barwon");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var listed = await Admin.GetAsync(Barwon);
        Assert.Empty(await AliasesAsync(listed));
    }

    [Fact]
    public async Task An_alias_with_a_slash_is_removed_through_the_query()
    {
        using (await Admin.PostAsync(Barwon, Json.Raw("""{"alias":"Barwon/Geelong"}"""))) { }

        using var removed = await Admin.DeleteAsync(Barwon + "?alias=" + Uri.EscapeDataString("Barwon/Geelong"));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Theory]
    [InlineData("WA Health")]      // another client's name
    [InlineData("Western Aus")]    // another client's alias
    [InlineData("Barwon Health")]  // the client's own name
    public async Task An_alias_that_already_names_a_client_is_409(string alias)
    {
        using (await Admin.PostAsync("/api/clients/WA%20Health/aliases", Json.Raw("""{"alias":"Western Aus"}"""))) { }

        using var response = await Admin.PostAsync(Barwon, Json.Of(new { alias }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        using var listed = await Admin.GetAsync(Barwon);
        Assert.Empty(await AliasesAsync(listed));
    }

    [Fact]
    public async Task Removing_an_alias_the_client_does_not_have_is_404_and_a_missing_alias_400()
    {
        using var unknown = await Admin.DeleteAsync(Barwon + "?alias=Nope");
        using var missing = await Admin.DeleteAsync(Barwon);

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        await ProblemAssert.IsValidationProblemAsync(missing, "alias");
    }

    [Fact]
    public async Task A_cse_reads_own_clients_aliases_gets_404_for_others_and_403_on_writes()
    {
        using (await Admin.PostAsync(Barwon, Json.Raw("""{"alias":"Barwon"}"""))) { }

        using var own = await Ana.GetAsync(Barwon);
        using var other = await Ana.GetAsync("/api/clients/WA%20Health/aliases");
        using var add = await Ana.PostAsync(Barwon, Json.Raw("""{"alias":"BH"}"""));
        using var remove = await Ana.DeleteAsync(Barwon + "?alias=Barwon");

        Assert.Equal(["Barwon"], await AliasesAsync(own));
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(add, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(remove, HttpStatusCode.Forbidden);
        using var after = await Admin.GetAsync(Barwon);
        Assert.Equal(["Barwon"], await AliasesAsync(after));
    }
}

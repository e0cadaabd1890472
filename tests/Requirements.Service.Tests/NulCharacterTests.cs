using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>A direct gRPC caller sending U+0000 gets INVALID_ARGUMENT naming the field, not an internal error.</summary>
public sealed class NulCharacterTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    [Fact]
    public async Task A_nul_in_a_client_name_is_refused_and_nothing_is_created()
    {
        await Errors.ExpectInvalidAsync(
            () => Admin.CreateClientAsync(new CreateClientRequest { Name = "Bad\0Name", Segment = "Giant", Cse = "Ana" }).ResponseAsync,
            "name");

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM nps_clients"));
    }

    [Fact]
    public async Task A_nul_in_a_repeated_field_is_named_with_its_index()
    {
        var request = new ResolveClientsRequest();
        request.Names.Add(["fine", "bad\0"]);

        await Errors.ExpectInvalidAsync(() => Admin.ResolveClientsAsync(request).ResponseAsync, "names[1]");
    }
}

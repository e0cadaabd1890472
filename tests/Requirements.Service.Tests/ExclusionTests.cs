using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class ExclusionTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateClientAsync("DoH Victoria", "Nurture", "Ana");
        await Admin.AddAliasAsync(new AddAliasRequest { Name = "DoH Victoria", Alias = "DoH Vic" });
    }

    private Task<Exclusion> SetAsync(string client, string type, string reason, string? token = null) =>
        Client(token ?? TestAuth.Admin).SetExclusionAsync(new SetExclusionRequest { ClientName = client, EventType = type, Reason = reason }).ResponseAsync;

    [Fact]
    public async Task Set_list_replace_and_remove()
    {
        var set = await SetAsync("DoH Vic", "health_check", "No Opal");
        await SetAsync("DoH Victoria", "CLIENT_FORUM", "Not invited");
        var replaced = await SetAsync("DoH Victoria", "HEALTH_CHECK", "No Opal licence");

        var listed = await Admin.ListExclusionsAsync(new ListExclusionsRequest { ClientName = "DoH Victoria" });
        var removed = await Admin.RemoveExclusionAsync(new RemoveExclusionRequest { ClientName = "DoH Victoria", EventType = "CLIENT_FORUM" });
        var removedAgain = await Admin.RemoveExclusionAsync(new RemoveExclusionRequest { ClientName = "DoH Victoria", EventType = "CLIENT_FORUM" });
        var after = await Admin.ListExclusionsAsync(new ListExclusionsRequest { ClientName = "DoH Vic" });

        Assert.Equal(("DoH Victoria", "HEALTH_CHECK", "cf5c4f53-c562-4ab7-81f9-b4c79d34089a"), (set.ClientName, set.EventCode, set.EventTypeId));
        Assert.Equal("No Opal licence", replaced.Reason);
        Assert.Equal(set.CreatedAt, replaced.CreatedAt);
        Assert.Equal(["CLIENT_FORUM", "HEALTH_CHECK"], listed.Exclusions.Select(x => x.EventCode));
        Assert.True(removed.Removed);
        Assert.False(removedAgain.Removed);
        Assert.Equal(["HEALTH_CHECK"], after.Exclusions.Select(x => x.EventCode));
        Assert.Equal("test-admin", await ScalarAsync<string>("SELECT created_by FROM client_event_exclusions"));
    }

    [Fact]
    public async Task Bad_input_is_invalid_and_unknown_clients_are_not_found()
    {
        await Errors.ExpectInvalidAsync(() => SetAsync("", "NOPE", "  "), "client_name", "event_type", "reason");
        await Errors.ExpectInvalidAsync(() => Admin.RemoveExclusionAsync(new RemoveExclusionRequest { ClientName = "DoH Victoria" }).ResponseAsync, "event_type");
        await Errors.ExpectAsync(StatusCode.NotFound, () => SetAsync("Nobody", "HEALTH_CHECK", "x"));

        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM client_event_exclusions"));
    }

    [Fact]
    public async Task A_cse_reads_own_exclusions_only_and_cannot_change_them()
    {
        await SetAsync("DoH Victoria", "HEALTH_CHECK", "No Opal");

        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => SetAsync("DoH Victoria", "SAT_PLAN", "x", TestAuth.Cse("Ana")));
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => Client(TestAuth.Cse("Ana"))
            .RemoveExclusionAsync(new RemoveExclusionRequest { ClientName = "DoH Victoria", EventType = "HEALTH_CHECK" }).ResponseAsync);
        var own = await Client(TestAuth.Cse("Ana")).ListExclusionsAsync(new ListExclusionsRequest { ClientName = "DoH Victoria" });
        await Errors.ExpectAsync(StatusCode.NotFound, () => Client(TestAuth.Cse("Ben"))
            .ListExclusionsAsync(new ListExclusionsRequest { ClientName = "DoH Victoria" }).ResponseAsync);

        Assert.Single(own.Exclusions);
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM client_event_exclusions"));
    }
}

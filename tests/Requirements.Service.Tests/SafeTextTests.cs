using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 12: every string of every request is safe text (NFC; no controls, bidi or invisible
/// characters; line breaks only in free text), and stored names have no whitespace at either end.</summary>
public sealed class SafeTextTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public static TheoryData<string> LookAlikes =>
        ["Barwon\u202EHealth", "Barwon\u200BHealth", "Barwon\u2066Health\u2069", "Barwon\u0007Health", "Barwon\u0085Health",
         "Barwon\nHealth", "Barwon\tHealth", "Barwon\uFEFFHealth"];

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public async Task A_client_name_with_a_control_bidi_or_invisible_character_is_refused(string name)
    {
        await Errors.ExpectInvalidAsync(() => CreateClientAsync(name, "Giant"), "name");

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM nps_clients"));
    }

    [Theory]
    [InlineData(" Barwon Health", "Ana", "name")]
    [InlineData("Barwon Health ", "Ana", "name")]
    [InlineData("Barwon Health", " Ana", "cse")]
    [InlineData("Barwon Health", "Ana\u00A0", "cse")]
    public async Task A_stored_name_with_whitespace_at_either_end_is_refused(string name, string cse, string field)
    {
        await Errors.ExpectInvalidAsync(() => CreateClientAsync(name, "Giant", cse), field);

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM nps_clients"));
    }

    [Fact]
    public async Task Aliases_and_cse_reassignments_follow_the_same_rule()
    {
        await CreateClientAsync("Barwon Health", "Giant");

        await Errors.ExpectInvalidAsync(() => Admin.AddAliasAsync(new AddAliasRequest { Name = "Barwon Health", Alias = "BH " }).ResponseAsync, "alias");
        await Errors.ExpectInvalidAsync(() => Admin.AddAliasAsync(new AddAliasRequest { Name = "Barwon Health", Alias = "B\u200DH" }).ResponseAsync, "alias");
        await Errors.ExpectInvalidAsync(() => Admin.ReassignCseAsync(new ReassignCseRequest { Name = "Barwon Health", Cse = "Ben\t" }).ResponseAsync, "cse");

        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM client_aliases"));
        Assert.Equal("Ana", await ScalarAsync<string>("SELECT cse FROM nps_clients"));
    }

    [Fact]
    public async Task Names_are_stored_in_NFC_and_lookups_still_trim()
    {
        var created = await CreateClientAsync("Cafe\u0301 Health", "Giant");

        Assert.Equal("Caf\u00E9 Health", created.Name);
        Assert.Equal("Caf\u00E9 Health", await ScalarAsync<string>("SELECT client_name FROM nps_clients"));
        var found = await Admin.GetClientAsync(new GetClientRequest { Name = "  Cafe\u0301 Health " });
        Assert.Equal("Caf\u00E9 Health", found.Name);
    }

    [Fact]
    public async Task Notes_may_hold_line_breaks_and_tabs_but_no_other_control()
    {
        await CreateClientAsync("Barwon Health", "Giant");

        await Errors.ExpectInvalidAsync(() => ChangeAsync("Barwon Health", "Maintain", "2025-02-01", "first\u001Bsecond"), "notes");
        var changed = await ChangeAsync("Barwon Health", "Maintain", "2025-02-01", "line one\r\n\tline two");

        Assert.Equal("line one\r\n\tline two", await ScalarAsync<string>("SELECT notes FROM client_segmentation WHERE effective_from = '2025-02-01'"));
        Assert.Equal("Maintain", changed.Segment);
    }

    [Fact]
    public async Task A_bad_string_deep_in_a_repeated_field_is_named_by_its_path()
    {
        var request = new StreamAssessmentsRequest { ClientNames = { "fine", "bad\u202E" } };

        await Errors.ExpectInvalidAsync(async () =>
        {
            using var call = Admin.StreamAssessments(request);
            while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
        }, "client_names[1]");
    }
}

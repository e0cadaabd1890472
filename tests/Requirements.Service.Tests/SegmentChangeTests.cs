using Dapper;
using Grpc.Core;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class SegmentChangeTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateClientAsync("SingHealth", "Nurture", "Ana", "2024-01-01");
    }

    private Task<long> PeriodCountAsync() => ScalarAsync<long>("SELECT count(*) FROM client_segmentation");

    [Fact]
    public async Task A_change_closes_the_open_period_the_day_before_and_updates_the_current_segment()
    {
        var client = await ChangeAsync("SingHealth", "Sleeping Giants", "2025-09-01", "Annual review");

        Assert.Equal("Sleeping Giant", client.Segment);
        Assert.Equal(
            [("Nurture", "2024-01-01", "2025-08-31", "Initial segment"), ("Sleeping Giant", "2025-09-01", "", "Annual review")],
            client.SegmentHistory.Select(p => (p.Segment, p.EffectiveFrom, p.EffectiveTo, p.Notes)));
        Assert.Equal("Sleeping Giant", await ScalarAsync<string>("SELECT segment FROM nps_clients WHERE client_name = 'SingHealth'"));
        var listed = await Admin.GetClientAsync(new GetClientRequest { Name = "SingHealth" });
        Assert.Equal(client.SegmentHistory, listed.SegmentHistory);
    }

    [Fact]
    public async Task A_same_segment_reassessment_opens_a_new_period()
    {
        var client = await ChangeAsync("SingHealth", "nurture", "2025-09-01");

        Assert.Equal(["Nurture", "Nurture"], client.SegmentHistory.Select(p => p.Segment));
    }

    [Theory]
    [InlineData("2024-01-01")]
    [InlineData("2023-06-30")]
    public async Task A_change_back_dated_before_the_last_change_fails_and_changes_nothing(string from)
    {
        var error = await Errors.ExpectAsync(StatusCode.FailedPrecondition, () => ChangeAsync("SingHealth", "Giant", from));

        Assert.Contains("back-dated", error.Status.Detail);
        Assert.Equal(1, await PeriodCountAsync());
        Assert.Equal("Nurture", await ScalarAsync<string>("SELECT segment FROM nps_clients WHERE client_name = 'SingHealth'"));
    }

    [Fact]
    public async Task A_second_change_must_come_after_the_first()
    {
        await ChangeAsync("SingHealth", "Giant", "2025-09-01");

        await Errors.ExpectAsync(StatusCode.FailedPrecondition, () => ChangeAsync("SingHealth", "Maintain", "2025-05-01"));

        Assert.Equal(2, await PeriodCountAsync());
    }

    [Fact]
    public async Task Invalid_input_names_every_bad_field()
    {
        await Errors.ExpectInvalidAsync(() => ChangeAsync("", "Gigant", "2025-13-01"), "name", "segment", "effective_from");
        await Errors.ExpectInvalidAsync(() => ChangeAsync("SingHealth", "Giant", ""), "effective_from");

        Assert.Equal(1, await PeriodCountAsync());
    }

    [Fact]
    public async Task Only_an_admin_may_change_a_segment_of_a_client_that_exists()
    {
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => Client(TestAuth.Cse("Ana"))
            .ChangeSegmentAsync(new ChangeSegmentRequest { Name = "SingHealth", Segment = "Giant", EffectiveFrom = "2025-09-01" }).ResponseAsync);
        await Errors.ExpectAsync(StatusCode.NotFound, () => ChangeAsync("Nobody", "Giant", "2025-09-01"));

        Assert.Equal(1, await PeriodCountAsync());
    }

    [Fact]
    public async Task A_client_known_only_from_nps_clients_gets_its_old_segment_back_filled()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.ExecuteAsync("INSERT INTO nps_clients (client_name, segment, cse, created_at) VALUES ('Legacy', 'Collaboration', 'Ana', '2020-02-01')");
        }

        var client = await ChangeAsync("Legacy", "Leverage", "2025-09-01");

        Assert.Equal(
            [("Collaboration", "2020-02-01", "2025-08-31"), ("Leverage", "2025-09-01", "")],
            client.SegmentHistory.Select(p => (p.Segment, p.EffectiveFrom, p.EffectiveTo)));
    }

    [Fact]
    public async Task Concurrent_changes_of_one_client_never_overlap()
    {
        var dates = Enumerable.Range(0, 12).Select(i => new DateOnly(2025, 1, 1).AddDays(i * 7)).Reverse().ToArray();
        string[] segments = ["Giant", "Maintain", "Leverage", "Nurture"];

        var outcomes = await Task.WhenAll(dates.Select(async (date, i) =>
        {
            try
            {
                await ChangeAsync("SingHealth", segments[i % segments.Length], date.ToString("yyyy-MM-dd"));
                return StatusCode.OK;
            }
            catch (RpcException e) { return e.StatusCode; }
        }));

        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.FailedPrecondition, o.ToString()));
        var succeeded = outcomes.Count(o => o == StatusCode.OK);
        Assert.InRange(succeeded, 1, dates.Length);
        Assert.Equal(1 + succeeded, await PeriodCountAsync());
        Assert.Equal(0, await ScalarAsync<long>("""
            SELECT count(*) FROM client_segmentation a JOIN client_segmentation b
              ON a.client_name = b.client_name AND a.id <> b.id
             AND daterange(a.effective_from, a.effective_to, '[]') && daterange(b.effective_from, b.effective_to, '[]')
            """));
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM client_segmentation WHERE effective_to IS NULL"));
        // Contiguous: every closed period ends the day before the next one starts.
        Assert.Equal(0, await ScalarAsync<long>("""
            SELECT count(*) FROM (
              SELECT effective_to, lead(effective_from) OVER (ORDER BY effective_from) AS next_from FROM client_segmentation) p
            WHERE next_from IS NOT NULL AND effective_to <> next_from - 1
            """));
    }

    [Fact]
    public async Task The_database_itself_refuses_overlapping_periods()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO client_segmentation (client_name, tier_id, effective_from)
            SELECT 'SingHealth', id, '2025-03-01' FROM segmentation_tiers WHERE tier_name = 'Giant'
            """));

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error.SqlState);
    }
}

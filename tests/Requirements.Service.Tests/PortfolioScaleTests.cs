using System.Diagnostics;
using Dapper;
using Grpc.Core;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>10,000 clients: the portfolio stream must be a few set-based queries, not one per client.</summary>
public sealed class PortfolioScaleTests(PostgresFixture postgres, ITestOutputHelper output) : ServiceTest(postgres)
{
    private const int Clients = 10_000;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        // Every client starts 2024-01-01; every third one changes segment on 2025-09-01.
        await connection.ExecuteAsync("""
            INSERT INTO nps_clients (client_name, segment, cse)
            SELECT format('Client %s', lpad(i::text, 5, '0')), (ARRAY['Maintain','Leverage','Nurture','Collaboration','Sleeping Giant','Giant'])[1 + i % 6],
                   format('CSE %s', i % 40)
            FROM generate_series(1, @Clients) AS i;
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from, effective_to)
            SELECT n.client_name, t.id, n.cse, '2024-01-01',
                   CASE WHEN right(n.client_name, 5)::int % 3 = 0 THEN date '2025-08-31' END
            FROM nps_clients n JOIN segmentation_tiers t ON t.tier_name = n.segment;
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from)
            SELECT n.client_name, t.id, n.cse, '2025-09-01'
            FROM nps_clients n JOIN segmentation_tiers t ON t.tier_name = 'Giant'
            WHERE right(n.client_name, 5)::int % 3 = 0;
            """, new { Clients });
    }

    [Fact]
    public async Task Streams_ten_thousand_assessments_quickly()
    {
        var client = Admin;
        await client.GetAssessmentAsync(new GetAssessmentRequest { ClientName = "Client 00001", Year = 2025 }); // warm-up
        var watch = Stopwatch.StartNew();
        using var call = client.StreamAssessments(new StreamAssessmentsRequest { Year = 2025, AsOf = "2025-11-27" });
        var count = 0;
        var changed = 0;
        await foreach (var a in call.ResponseStream.ReadAllAsync())
        {
            count++;
            if (a.HasChanged) changed++;
        }
        watch.Stop();
        output.WriteLine($"StreamAssessments: {count} clients in {watch.ElapsedMilliseconds} ms");

        Assert.Equal(Clients, count);
        Assert.Equal(Clients / 3, changed); // multiples of 3 are never Giant before (i % 6 = 5), so each one changed
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_page_larger_than_500_is_capped()
    {
        var response = await Admin.ListClientsAsync(new ListClientsRequest { PageSize = 10_000 });

        Assert.Equal(500, response.Clients.Count);
        Assert.NotEqual("", response.NextPageToken);
    }
}

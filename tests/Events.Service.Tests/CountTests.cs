using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

public sealed class CountTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Sla = "84068dd3-cc5f-4a82-9980-3002c17f5e4d";
    private const string Insight = "e177a096-82c1-4710-a599-4000c5343d06";
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await EventsHost.StartAsync(postgres);
        await _host.ExecuteAsync($"""
            INSERT INTO segmentation_events (client_name, event_type_id, event_date, completed) VALUES
            ('Barwon Health', '{Sla}', '2025-01-01', true),
            ('Barwon Health', '{Sla}', '2025-12-31', true),
            ('Barwon Health', '{Sla}', '2026-01-01', true),
            ('Barwon Health', '{Insight}', '2025-05-05', true),
            ('Barwon Health', '{Insight}', '2025-06-05', false),
            ('Barwon Health', '{Insight}', '2025-07-05', false),
            ('WA Health', '{Sla}', '2025-03-03', true),
            ('WA Health', '{Sla}', '2026-03-03', true)
            """);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static Dictionary<string, int> AsMap(IEnumerable<TypeCount> counts) => counts.ToDictionary(c => c.EventTypeId, c => c.Count);

    [Fact]
    public async Task Counts_one_clients_year_for_both_deadlines_in_one_call()
    {
        var done = await _host.Client().GetClientWindowCountsAsync(new GetClientWindowCountsRequest
        {
            ClientName = " Barwon Health", Year = 2025, AsOf = "2026-12-31",
        });
        var midYear = await _host.Client(EventsHost.Ana).GetClientWindowCountsAsync(new GetClientWindowCountsRequest
        {
            ClientName = "Barwon Health", Year = 2025, AsOf = "2025-06-01",
        });

        Assert.Equal("Barwon Health", done.ClientName);
        // Dec 31 deadline: Jan 1 … Dec 31 2025; Jun 30 deadline: Jan 1 2025 … Jun 30 2026 (the 2026-01-01 SLA counts there only).
        Assert.Equal(new Dictionary<string, int> { [Sla] = 2, [Insight] = 1 }, AsMap(done.YearEnd.Completed));
        Assert.Equal(new Dictionary<string, int> { [Sla] = 3, [Insight] = 1 }, AsMap(done.Extended.Completed));
        Assert.Empty(done.YearEnd.Scheduled);
        // At asOf 2025-06-01 completed events count up to asOf, scheduled ones after it.
        Assert.Equal(new Dictionary<string, int> { [Sla] = 1, [Insight] = 1 }, AsMap(midYear.YearEnd.Completed));
        Assert.Equal(new Dictionary<string, int> { [Insight] = 2 }, AsMap(midYear.YearEnd.Scheduled));
        Assert.Equal(new Dictionary<string, int> { [Insight] = 2 }, AsMap(midYear.Extended.Scheduled));
    }

    [Fact]
    public async Task Streams_counts_for_many_clients_each_with_its_own_window()
    {
        var request = new BatchCountRequest();
        request.Clients.Add(new ClientWindow { ClientName = "WA Health", WindowStart = "2025-01-01", WindowEnd = "2026-06-30" });
        request.Clients.Add(new ClientWindow { ClientName = "Epworth", WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });
        request.Clients.Add(new ClientWindow { ClientName = "Barwon Health", WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });

        var results = await ReadAllAsync(_host.Client().StreamCompletedCounts(request));

        Assert.Equal(["WA Health", "Epworth", "Barwon Health"], results.Select(r => r.ClientName));
        Assert.Equal(new Dictionary<string, int> { [Sla] = 2 }, AsMap(results[0].Counts));
        Assert.Empty(results[1].Counts);
        Assert.Equal(new Dictionary<string, int> { [Sla] = 2, [Insight] = 1 }, AsMap(results[2].Counts));
    }

    [Fact]
    public async Task A_long_batch_arrives_complete_and_in_request_order_across_the_flush_batches()
    {
        // 150 windows: two full batches of BatchedStreamWrites.FlushEvery (64) and a tail of 22.
        string[] names = ["Barwon Health", "WA Health", "Epworth"];
        var request = new BatchCountRequest();
        for (var i = 0; i < 150; i++)
            request.Clients.Add(new ClientWindow { ClientName = names[i % 3], WindowStart = "2025-01-01", WindowEnd = i % 2 == 0 ? "2025-12-31" : "2026-06-30" });

        var results = await ReadAllAsync(_host.Client().StreamCompletedCounts(request));

        Assert.Equal(request.Clients.Select(c => c.ClientName), results.Select(r => r.ClientName));
        for (var i = 0; i < 150; i++)
        {
            var expected = (names[i % 3], i % 2 == 0) switch
            {
                ("Barwon Health", true) => new Dictionary<string, int> { [Sla] = 2, [Insight] = 1 },
                ("Barwon Health", false) => new Dictionary<string, int> { [Sla] = 3, [Insight] = 1 },
                ("WA Health", true) => new Dictionary<string, int> { [Sla] = 1 },
                ("WA Health", false) => new Dictionary<string, int> { [Sla] = 2 },
                _ => [],
            };
            Assert.Equal(expected, AsMap(results[i].Counts));
        }
    }

    [Fact]
    public async Task A_cse_batch_leaves_out_other_cses_clients()
    {
        var request = new BatchCountRequest();
        request.Clients.Add(new ClientWindow { ClientName = "WA Health", WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });
        request.Clients.Add(new ClientWindow { ClientName = "Barwon Health", WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });

        var results = await ReadAllAsync(_host.Client(EventsHost.Ana).StreamCompletedCounts(request));

        Assert.Equal(["Barwon Health"], results.Select(r => r.ClientName));
        var other = await _host.Client(EventsHost.Ana).GetClientWindowCountsAsync(
            new GetClientWindowCountsRequest { ClientName = "WA Health", Year = 2025, AsOf = "2026-12-31" });
        Assert.Empty(other.YearEnd.Completed.Concat(other.Extended.Completed));
    }

    [Fact]
    public async Task A_bad_window_names_its_position()
    {
        var request = new BatchCountRequest();
        request.Clients.Add(new ClientWindow { ClientName = "WA Health", WindowStart = "2025-01-01", WindowEnd = "2025-12-31" });
        request.Clients.Add(new ClientWindow { ClientName = "Epworth", WindowStart = "2025-12-31", WindowEnd = "2025-01-01" });

        var violations = await Errors.InvalidAsync(async () => await ReadAllAsync(_host.Client().StreamCompletedCounts(request)));

        Assert.Equal("clients[1].window_end", Assert.Single(violations).Field);
    }

    private static async Task<List<ClientCounts>> ReadAllAsync(AsyncServerStreamingCall<ClientCounts> call)
    {
        var results = new List<ClientCounts>();
        await foreach (var item in call.ResponseStream.ReadAllAsync()) results.Add(item);
        return results;
    }
}

using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests.V2;

/// <summary>GET /api/live: changes pushed within 2 s to the pages allowed to see them (the per-CSE rule applied by the
/// gateway), fed by Events' change feed itself, so a write that never passed through this gateway (as one made through
/// another replica) arrives too; heartbeats keep the stream open; Last-Event-ID resumes after a reconnect.</summary>
public sealed class LiveTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Push = TimeSpan.FromSeconds(2);

    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await ClockedSystem.StartAsync(postgres, ("Live:HeartbeatSeconds", "0.3"));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Straight to Events.Service over gRPC, not through the gateway: as a write through another gateway replica.</summary>
    private async Task WriteElsewhereAsync(string client, string date) =>
        await _host.GrpcClient<EventsService.EventsServiceClient>(TestAuth.Admin).ScheduleEventAsync(
            new ScheduleEventRequest { ClientName = client, EventType = "SLA_REVIEW", EventDate = date });

    [Fact]
    public async Task A_change_reaches_its_cses_page_within_two_seconds_and_never_another_cses()
    {
        using var ana = await SseStream.OpenAsync(_host.Client(TestData.AnaToken));
        using var ben = await SseStream.OpenAsync(_host.Client(TestData.BenToken));
        using var admin = await SseStream.OpenAsync(_host.Client(TestAuth.Admin));

        await WriteElsewhereAsync(TestData.AnaClient, "2025-06-20");
        var anaChange = await ana.NextEventAsync(Push);
        var adminChange = await admin.NextEventAsync(Push);
        await WriteElsewhereAsync(TestData.BenClient, "2025-06-21");
        var benChange = await ben.NextEventAsync(Push);

        Assert.NotNull(anaChange);
        Assert.Equal(("created", TestData.AnaClient, 2025, "2025-06-20"),
            (anaChange.Value.Data.GetProperty("kind").GetString(), anaChange.Value.Data.GetProperty("clientName").GetString(),
             anaChange.Value.Data.GetProperty("year").GetInt32(), anaChange.Value.Data.GetProperty("eventDate").GetString()));
        Assert.Equal(TestData.AnaClient, adminChange?.Data.GetProperty("clientName").GetString());
        // Ben's first change is his own: Ana's, pushed before it, was held back from him.
        Assert.Equal(TestData.BenClient, benChange?.Data.GetProperty("clientName").GetString());
        Assert.Null(await ana.NextEventAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Heartbeats_keep_an_idle_stream_open()
    {
        using var ana = await SseStream.OpenAsync(_host.Client(TestData.AnaToken));

        Assert.Equal(": heartbeat", await ana.NextCommentAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task A_page_reconnecting_with_last_event_id_gets_what_it_missed()
    {
        string? seen;
        using (var first = await SseStream.OpenAsync(_host.Client(TestData.AnaToken)))
        {
            await WriteElsewhereAsync(TestData.AnaClient, "2025-07-01");
            seen = (await first.NextEventAsync(Push))?.Id;
        }
        await WriteElsewhereAsync(TestData.AnaClient, "2025-07-02");
        await Task.Delay(TimeSpan.FromSeconds(1)); // pushed while no page listened: only the replay can bring it

        using var again = await SseStream.OpenAsync(_host.Client(TestData.AnaToken), seen);
        var missed = await again.NextEventAsync(Push);

        Assert.NotNull(seen);
        Assert.Equal("2025-07-02", missed?.Data.GetProperty("eventDate").GetString());
    }

    [Fact]
    public async Task Open_pages_do_not_hold_the_places_of_a_users_reads()
    {
        var client = _host.Client(TestData.AnaToken);
        // More streams than the user's reads in flight (8): each open tab holds one for as long as it is open.
        var streams = new List<SseStream>();
        for (var i = 0; i < 10; i++) streams.Add(await SseStream.OpenAsync(client));
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var read = await client.GetAsync("/api/clients", timeout.Token);

            Assert.Equal(System.Net.HttpStatusCode.OK, read.StatusCode);
        }
        finally { streams.ForEach(s => s.Dispose()); }
    }

    [Fact]
    public async Task An_imports_burst_is_resolved_in_batches_not_one_call_per_change()
    {
        const int rows = 60;
        using var admin = await SseStream.OpenAsync(_host.Client(TestAuth.Admin));
        var csv = "Client,Event,Date,Completed\n" + string.Concat(Enumerable.Range(0, rows).Select(i =>
            $"{(i % 2 == 0 ? TestData.AnaClient : TestData.BenClient)},SLA_REVIEW,{new DateOnly(2025, 1, 1).AddDays(i):yyyy-MM-dd},no\n"));
        _host.Calls.Reset();

        await _host.GrpcClient<EventsService.EventsServiceClient>(TestAuth.Admin).ImportEventsAsync(new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Csv, Content = Google.Protobuf.ByteString.CopyFromUtf8(csv),
        });
        var pushed = new List<string?>();
        while (pushed.Count < rows && await admin.NextEventAsync(Push) is { } change) pushed.Add(change.Data.GetProperty("clientName").GetString());

        Assert.Equal(rows, pushed.Count);
        Assert.Equal(rows / 2, pushed.Count(c => c == TestData.BenClient));
        var resolves = _host.Calls.Paths("Gateway", "RequirementsService").Count(p => p.EndsWith("/ResolveClients", StringComparison.Ordinal));
        Assert.InRange(resolves, 1, 5);
    }

    [Fact]
    public async Task A_clients_segment_change_reaches_its_cses_page_and_never_another_cses()
    {
        using var ana = await SseStream.OpenAsync(_host.Client(TestData.AnaToken));
        using var ben = await SseStream.OpenAsync(_host.Client(TestData.BenToken));

        using var changed = await _host.Client(TestAuth.Admin).PostAsync($"/api/clients/{Uri.EscapeDataString(TestData.AnaClient)}/segment-changes",
            JsonContent("""{"segment":"Giant","effectiveFrom":"2025-09-01"}"""));
        var anaChange = await ana.NextEventAsync(Push);

        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        Assert.Equal(("client", TestData.AnaClient, 0),
            (anaChange?.Data.GetProperty("kind").GetString(), anaChange?.Data.GetProperty("clientName").GetString(), anaChange?.Data.GetProperty("year").GetInt32()));
        Assert.Null(anaChange?.Id); // nothing to resume from: not a feed position
        Assert.Null(await ben.NextEventAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_requirement_edit_reaches_every_page()
    {
        using var ana = await SseStream.OpenAsync(_host.Client(TestData.AnaToken));
        using var ben = await SseStream.OpenAsync(_host.Client(TestData.BenToken));

        using var edited = await _host.Client(TestAuth.Admin).PutAsync("/api/requirements/Maintain/SAT_PLAN",
            JsonContent("""{"requiredCountPerYear":2,"priorityLevel":"high"}"""));
        var anaChange = await ana.NextEventAsync(Push);
        var benChange = await ben.NextEventAsync(Push);

        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.Equal(("requirements", "Maintain"), (anaChange?.Data.GetProperty("kind").GetString(), anaChange?.Data.GetProperty("segment").GetString()));
        Assert.Equal("requirements", benChange?.Data.GetProperty("kind").GetString());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}

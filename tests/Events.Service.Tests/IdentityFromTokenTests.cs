using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Events.Tests;

/// <summary>Issue 12: who created, completed or imported an event, and its source, come from the verified
/// caller and the route, never from the request. The removed fields are sent anyway, as unknown fields
/// on the wire (their old numbers), the way a forged or outdated client would.</summary>
public sealed class IdentityFromTokenTests(PostgresFixture postgres) : IAsyncLifetime
{
    private EventsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EventsHost.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static ScheduleEventRequest Forged()
    {
        var request = new ScheduleEventRequest { ClientName = EventsHost.AnaClient, EventType = "SLA_REVIEW", EventDate = "2025-03-14" };
        return UnknownFields.WithString(UnknownFields.WithString(request, 9, "demo"), 10, "Tom Fletcher"); // source, created_by
    }

    private Task<string> StoredAsync(string id) => _host.ScalarAsync<string>(
        "SELECT source || '|' || created_by || '|' || coalesce(completed_by, '-') FROM segmentation_events WHERE id = @id::uuid", new { id });

    [Fact]
    public async Task A_cse_cannot_set_created_by_or_source_of_a_scheduled_event()
    {
        var e = (await _host.Client(EventsHost.Ana).ScheduleEventAsync(Forged())).Event;

        Assert.Equal(("api", "cse:Ana"), (e.Source, e.CreatedBy));
        Assert.Equal("api|cse:Ana|-", await StoredAsync(e.Id));
    }

    [Theory]
    [InlineData("dashboard", "dashboard")]
    [InlineData("api", "api")]
    [InlineData("demo", "api")]
    [InlineData("import", "api")]
    public async Task The_source_metadata_chooses_only_between_dashboard_and_api(string claimed, string stored)
    {
        var e = (await _host.Client(EventsHost.Ana).ScheduleEventAsync(Forged(), new Metadata { { "segmentation-source", claimed } })).Event;

        Assert.Equal($"{stored}|cse:Ana|-", await StoredAsync(e.Id));
    }

    [Fact]
    public async Task Completed_by_is_the_verified_caller()
    {
        var e = (await _host.Client(EventsHost.Ana).ScheduleEventAsync(Forged())).Event;
        var request = UnknownFields.WithString(new CompleteEventRequest { Id = e.Id, CompletedDate = "2025-03-14" }, 3, "Tom Fletcher");

        var completed = await _host.Client(EventsHost.Ana).CompleteEventAsync(request);

        Assert.Equal("cse:Ana", completed.CompletedBy);
        Assert.Equal("api|cse:Ana|cse:Ana", await StoredAsync(e.Id));
    }

    [Fact]
    public async Task An_import_records_the_verified_caller_whatever_imported_by_says()
    {
        var request = new ImportEventsRequest
        {
            Format = ImportEventsRequest.Types.Format.Csv,
            Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes("client,event,date,completed\nBarwon Health,SLA_REVIEW,2025-02-03,yes\n")),
        };

        var response = await _host.Client(EventsHost.Ana).ImportEventsAsync(UnknownFields.WithString(request, 4, "Tom Fletcher"));

        Assert.True(response.Committed);
        Assert.Equal("import|cse:Ana", await _host.ScalarAsync<string>("SELECT source || '|' || created_by FROM segmentation_events"));
    }

    [Fact]
    public void The_removed_fields_are_gone_from_the_contract()
    {
        Assert.Null(ScheduleEventRequest.Descriptor.FindFieldByName("source"));
        Assert.Null(ScheduleEventRequest.Descriptor.FindFieldByName("created_by"));
        Assert.Null(CompleteEventRequest.Descriptor.FindFieldByName("completed_by"));
        Assert.Null(ImportEventsRequest.Descriptor.FindFieldByName("imported_by"));
        Assert.Null(Segmentation.Requirements.V1.UpdateRequirementRequest.Descriptor.FindFieldByName("updated_by"));
    }
}

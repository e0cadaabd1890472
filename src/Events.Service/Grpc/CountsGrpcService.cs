using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Text;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: event counts for Compliance. A service caller (the coordinator, which has had Requirements
/// decide the user's access) is answered as asked: the trust rule. A user-token caller gets counts only for the
/// clients the cached decision lets it see.</summary>
public sealed class CountsGrpcService(EventCounts counts, YearCountQuery yearCounts, ClientDirectory clients, BusinessClock clock)
    : EventsService.EventsServiceBase
{
    public override async Task<ClientWindowCounts> GetClientWindowCounts(GetClientWindowCountsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(request.ClientName), "client_name", "A client name is required.");
        var year = v.Year(request.Year, clock.Today().Year);
        var asOf = v.OptionalDate(request.AsOf, "as_of") ?? clock.Today();
        v.ThrowIfInvalid();
        var name = request.ClientName.Trim();
        var response = new ClientWindowCounts { ClientName = name, YearEnd = new WindowCounts(), Extended = new WindowCounts() };
        if (!await clients.CanSeeAsync(context.Caller(), name, ct)) return response; // nothing about it leaks
        foreach (var c in await yearCounts.CountAsync(name, YearWindows.For(year, asOf), ct))
        {
            var type = c.EventTypeId.ToString();
            Add(response.YearEnd.Completed, type, c.CompletedByYearEnd);
            Add(response.YearEnd.Scheduled, type, c.ScheduledByYearEnd);
            Add(response.Extended.Completed, type, c.CompletedByExtended);
            Add(response.Extended.Scheduled, type, c.ScheduledByExtended);
        }
        return response;
    }

    public override Task StreamCompletedCounts(BatchCountRequest request, IServerStreamWriter<ClientCounts> responseStream, ServerCallContext context) =>
        StreamAsync(request, completed: true, responseStream, context);

    public override Task StreamScheduledCounts(BatchCountRequest request, IServerStreamWriter<ClientCounts> responseStream, ServerCallContext context) =>
        StreamAsync(request, completed: false, responseStream, context);

    private static void Add(Google.Protobuf.Collections.RepeatedField<TypeCount> counts, string type, int count)
    {
        if (count > 0) counts.Add(new TypeCount { EventTypeId = type, Count = count });
    }

    /// <summary>One SQL round trip for all windows. Names are taken as canonical; clients a user-token caller may not
    /// see are left out of the stream entirely (no counts, not even zeros), so nothing about them leaks.</summary>
    private async Task StreamAsync(BatchCountRequest request, bool completed, IServerStreamWriter<ClientCounts> stream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validation();
        var windows = request.Clients.Select((c, i) => WindowOf(v, $"clients[{i}].", c.ClientName, c.WindowStart, c.WindowEnd)).ToArray();
        v.ThrowIfInvalid();
        var caller = context.Caller();
        var all = windows.Select(w => w!).ToArray();
        var visible = caller.IsAdmin ? null : await clients.VisibleAsync(caller, all.Select(w => w.ClientName), ct);
        var allowed = visible is null ? all : all.Where(w => visible.Contains(w.ClientName)).ToArray();
        var written = 0;
        await counts.CountAsync(allowed, completed, async (window, found) =>
        {
            var message = new ClientCounts
            {
                ClientName = window.ClientName, WindowStart = CalendarDates.Format(window.Start), WindowEnd = CalendarDates.Format(window.End),
            };
            message.Counts.Add(found.Select(c => new TypeCount { EventTypeId = c.EventTypeId.ToString(), Count = c.Count }));
            await stream.WriteBatchedAsync(message, written++, ct);
        }, ct);
    }

    private static CountWindow? WindowOf(Validation v, string prefix, string client, string start, string end)
    {
        v.Require(!string.IsNullOrWhiteSpace(client), prefix + "client_name", "A client name is required.");
        var s = v.RequiredDate(start, prefix + "window_start");
        var e = v.RequiredDate(end, prefix + "window_end");
        if (s is null || e is null) return null;
        v.Require(s <= e, prefix + "window_end", "The window ends before it starts.");
        return new CountWindow(client.Trim(), s.Value, e.Value);
    }
}

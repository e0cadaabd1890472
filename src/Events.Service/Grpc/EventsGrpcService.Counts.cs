using Grpc.Core;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    public override Task<CountCompletedResponse> CountCompleted(CountCompletedRequest request, ServerCallContext context) =>
        CountOneAsync(request, completed: true, context);

    public override Task<CountCompletedResponse> CountScheduled(CountCompletedRequest request, ServerCallContext context) =>
        CountOneAsync(request, completed: false, context);

    public override Task StreamCompletedCounts(BatchCountRequest request, IServerStreamWriter<ClientCounts> responseStream, ServerCallContext context) =>
        StreamCountsAsync(request, completed: true, responseStream, context);

    public override Task StreamScheduledCounts(BatchCountRequest request, IServerStreamWriter<ClientCounts> responseStream, ServerCallContext context) =>
        StreamCountsAsync(request, completed: false, responseStream, context);

    private async Task<CountCompletedResponse> CountOneAsync(CountCompletedRequest request, bool completed, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validation();
        var window = WindowOf(v, "", request.ClientName, request.WindowStart, request.WindowEnd);
        v.ThrowIfInvalid();
        var name = await clients.ResolveAsync(request.ClientName, ct)
            ?? throw new ValidationException("client_name", $"Unknown client '{request.ClientName.Trim()}'.");
        var response = new CountCompletedResponse { ClientName = name };
        await counts.CountAsync([window! with { ClientName = name }], completed, (_, found) =>
        {
            response.Counts.Add(found.Select(c => new TypeCount { EventTypeId = c.EventTypeId.ToString(), Count = c.Count }));
            return Task.CompletedTask;
        }, ct);
        return response;
    }

    /// <summary>One SQL round trip for all windows. Names are taken as canonical. A CSE caller's batch is
    /// first narrowed with one ResolveClients call: clients the CSE may not see are left out of the
    /// stream entirely (no counts, not even zeros), so nothing about them leaks.</summary>
    private async Task StreamCountsAsync(BatchCountRequest request, bool completed, IServerStreamWriter<ClientCounts> stream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var v = new Validation();
        var windows = request.Clients
            .Select((c, i) => WindowOf(v, $"clients[{i}].", c.ClientName, c.WindowStart, c.WindowEnd))
            .ToArray();
        v.ThrowIfInvalid();
        var caller = CallerOf(context);
        var all = windows.Select(w => w!).ToArray();
        var visible = caller.IsAdmin ? null : await clients.VisibleAsync(caller, all.Select(w => w.ClientName), ct);
        var allowed = visible is null ? all : all.Where(w => visible.Contains(w.ClientName)).ToArray();
        var written = 0;
        await counts.CountAsync(allowed, completed, async (window, found) =>
        {
            var message = new ClientCounts { ClientName = window.ClientName };
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

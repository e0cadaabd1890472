using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Segmentation.Events.Calendar;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.Upstream;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: secret calendar feeds. The owner is the verified caller; the feed lists what that owner may see,
/// as the cached Requirements decision says at read time.</summary>
public sealed class CalendarFeedGrpcService(CalendarFeeds feeds, EventQuery query, ClientDirectory clients, EventTypeCatalog types,
    EventDateRule dates) : EventsService.EventsServiceBase
{
    private const int MaxEvents = 5000;
    private const int MaxSecretLength = 100;

    public override async Task<CalendarFeed> RotateCalendarFeed(RotateCalendarFeedRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        return new CalendarFeed { Secret = await feeds.RotateAsync(new CalendarFeedOwner(caller.Name, caller.IsAdmin, caller.Cse), context.CancellationToken) };
    }

    public override async Task<RevokeCalendarFeedResponse> RevokeCalendarFeed(RevokeCalendarFeedRequest request, ServerCallContext context) =>
        new() { Revoked = await feeds.RevokeAsync(context.Caller().Name, context.CancellationToken) };

    [Authorize(Policy = Roles.AdminPolicy)]
    public override async Task<CalendarFeedEvents> ListCalendarFeedEvents(ListCalendarFeedEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var owner = request.Secret.Length is > 0 and <= MaxSecretLength ? await feeds.FindAsync(request.Secret, ct) : null;
        if (owner is null) throw new NotFoundException("No such calendar feed.");
        var caller = new Caller(owner.Owner, owner.IsAdmin, owner.Cse);
        IReadOnlyCollection<string>? names = caller.IsAdmin ? null : [.. await clients.VisibleAsync(caller, await query.ClientNamesAsync(ct), ct)];
        var response = new CalendarFeedEvents { Owner = owner.Owner };
        if (names is { Count: 0 }) return response;
        var filter = new EventFilter(names, null, null, null, dates.Today().AddYears(-1), null);
        var (events, _) = await query.ListAsync(filter, null, MaxEvents, ct);
        var byId = await types.ByIdAsync(ct);
        response.Events.Add(events.Select(e => e.ToMessage(byId)));
        return response;
    }
}

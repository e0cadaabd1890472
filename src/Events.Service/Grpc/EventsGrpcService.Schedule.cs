using Segmentation.ServiceDefaults.Text;
using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.Clients;
using Segmentation.Events.Data;
using Segmentation.Events.Domain;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    public override async Task<ScheduleEventResponse> ScheduleEvent(ScheduleEventRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = CallerOf(context);
        var v = new Validation();
        var input = scheduleValidator.Check(request, v);
        var fingerprint = FingerprintOf(request);
        if (input?.RequestId is { } id && await requestKeys.FindAsync(id, ct) is { } seen)
            return await ReplayAsync(seen, fingerprint, context);

        var clientName = string.IsNullOrWhiteSpace(request.ClientName) ? null : await clients.ResolveAsync(request.ClientName, ct);
        if (!string.IsNullOrWhiteSpace(request.ClientName) && clientName is null)
            v.Add("client_name", $"Unknown client '{request.ClientName.Trim()}'.");
        var type = string.IsNullOrWhiteSpace(request.EventType) ? null : EventTypeCatalog.Find(await types.AllAsync(fresh: true, ct), request.EventType);
        if (!string.IsNullOrWhiteSpace(request.EventType) && type is null) v.Add("event_type", $"Unknown event type '{request.EventType.Trim()}'.");
        if (type is { IsActive: false }) v.Add("event_type", $"Event type {type.Code} is inactive.");
        v.ThrowIfInvalid();

        var newEvent = new NewEvent(Guid.CreateVersion7(), clientName!, Guid.Parse(type!.Id), input!.EventDate, input.Notes,
            input.MeetingLink, input.Attendees, input.Location, input.Source, input.CreatedBy ?? caller.Name);
        return await writer.ScheduleAsync(newEvent, input.RequestId, fingerprint, ct) switch
        {
            ScheduleOutcome.Inserted inserted => new ScheduleEventResponse { Event = await ToMessageAsync(inserted.Event, ct) },
            ScheduleOutcome.RequestSeen again => await ReplayAsync(again.Key, fingerprint, context),
            _ => throw new AlreadyExistsException(
                $"{newEvent.ClientName} already has a {type.Code} event on {CalendarDates.Format(newEvent.EventDate)}."),
        };
    }

    /// <summary>AIP-155: the same request id with the same request returns the event it created; the
    /// same id with a different request is a caller error and changes nothing.</summary>
    private async Task<ScheduleEventResponse> ReplayAsync(RequestKey key, byte[] fingerprint, ServerCallContext context)
    {
        if (!CryptographicOperations.FixedTimeEquals(key.Fingerprint, fingerprint))
            throw new ValidationException("request_id", $"Request id '{key.RequestId}' was already used for a different request.");
        var record = await VisibleEventAsync(key.EventId.ToString(), context);
        return new ScheduleEventResponse { Event = await ToMessageAsync(record, context.CancellationToken), Replayed = true };
    }

    /// <summary>SHA-256 of the request without its request id (protobuf serialisation is deterministic here: no maps).</summary>
    private static byte[] FingerprintOf(ScheduleEventRequest request)
    {
        var copy = request.Clone();
        copy.RequestId = "";
        return SHA256.HashData(copy.ToByteArray());
    }
}

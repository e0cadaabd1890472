using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>An event id from a request: a UUID, or INVALID_ARGUMENT naming the field.</summary>
internal static class EventIds
{
    public static Guid Parse(string id, string field = "id") =>
        Guid.TryParse(id, out var eventId) ? eventId : throw new ValidationException(field, $"'{id}' is not an event id (a UUID).");
}

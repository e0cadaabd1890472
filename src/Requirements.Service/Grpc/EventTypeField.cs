using Segmentation.Requirements.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>An event type named by a request field (id or code); an unknown one is a violation of that field.</summary>
internal static class EventTypeField
{
    public static async Task<EventTypeRow?> EventTypeAsync(this Validation validation, EventTypeRepository eventTypes,
        string idOrCode, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idOrCode))
        {
            validation.Add(field, "An event type id or code is required.");
            return null;
        }
        var type = await eventTypes.FindAsync(idOrCode, ct);
        if (type is null) validation.Add(field, $"Unknown event type '{idOrCode.Trim()}'.");
        return type;
    }
}

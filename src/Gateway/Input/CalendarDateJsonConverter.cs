using System.Text.Json;
using System.Text.Json.Serialization;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Gateway.Input;

/// <summary>Dates in JSON bodies follow the same rule as dates in query strings: the kernel's strict
/// "YYYY-MM-DD" inside the accepted range. The serializer's own DateOnly reader takes any year up to 9999,
/// which a service would store as PostgreSQL 'infinity' or overflow on; here it is a 400 naming the field.</summary>
public sealed class CalendarDateJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("Expected a date string.");
        return CalendarDates.TryParse(reader.GetString(), out var date) ? date : throw new JsonException(CalendarDates.Rule);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(CalendarDates.Format(value));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Input;

/// <summary>Refuses a JSON string holding U+0000. PostgreSQL cannot store it in text, so it would
/// otherwise fail deep in a service as a 500; here it is a 400 naming the field (the serializer adds
/// the path to the exception).</summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException("Expected a string.");
        var value = reader.GetString();
        if (value is not null && value.Contains('\0')) throw new JsonException("A string may not contain U+0000.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

using Google.Protobuf;

namespace Segmentation.Events.Tests;

/// <summary>Puts a string into a field number the proto no longer declares, as an old or forged client
/// would still send it: the message carries it on the wire as an unknown field.</summary>
public static class UnknownFields
{
    public static T WithString<T>(T message, int fieldNumber, string value) where T : IMessage<T>
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        var output = new CodedOutputStream(stream);
        output.WriteTag(fieldNumber, WireFormat.WireType.LengthDelimited);
        output.WriteString(value);
        output.Flush();
        return (T)message.Descriptor.Parser.ParseFrom(stream.ToArray());
    }
}

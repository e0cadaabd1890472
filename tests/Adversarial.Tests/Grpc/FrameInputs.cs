using Google.Protobuf;
using Google.Protobuf.Reflection;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>Bytes that are not a valid protobuf message of the RPC's request type, in a well-formed gRPC
/// frame: broken tags and varints, lengths past the end, invalid UTF-8 in string fields, cut messages.</summary>
public static class FrameInputs
{
    private static readonly (string Label, byte[] Bytes)[] Garbage =
    [
        ("0xFF", [0xFF]), ("tag without value", [0x08]), ("varint of 11 bytes", [0x08, .. Enumerable.Repeat((byte)0xFF, 10), 0x01]),
        ("length past the end", [0x0A, 0x7F, 0x41]), ("unclosed group", [0x0B]), ("unmatched end group", [0x0C]),
        ("wire type 6", [0x0E, 0x00]), ("wire type 7", [0x0F, 0x00]), ("field number 0", [0x00, 0x01]),
        ("random bytes", [.. Enumerable.Range(0, 64).Select(i => (byte)((i * 181 + 7) % 256))]), ("text", "hello, gRPC"u8.ToArray()),
    ];

    public static IEnumerable<AdversarialInput> For(RpcMethod method)
    {
        foreach (var (label, bytes) in Garbage) yield return Input(method, "malformed protobuf", label, bytes);
        foreach (var field in method.Descriptor.InputType.Fields.InDeclarationOrder())
        {
            var n = field.FieldNumber;
            yield return Input(method, "malformed protobuf", $"{field.Name}: length past the end", [.. Tag(n, 2), 0xFF, 0xFF, 0xFF, 0xFF, 0x07]);
            if (field.FieldType == FieldType.String)
                yield return Input(method, "invalid UTF-8 in a string field", field.Name, [.. Tag(n, 2), 0x03, 0xC3, 0x28, 0xFF]);
            else if (field.FieldType == FieldType.Message)
                yield return Input(method, "malformed nested message", field.Name, [.. Tag(n, 2), 0x02, 0xFF, 0xFF]);
            else if (field.FieldType != FieldType.Bytes)
                yield return Input(method, "malformed protobuf", $"{field.Name}: endless varint", [.. Tag(n, 0), .. Enumerable.Repeat((byte)0x80, 12)]);
        }
        var sample = ProtoMessages.Base(method.Descriptor.InputType).ToByteArray();
        if (sample.Length >= 2)
        {
            yield return Input(method, "truncated message", "sample minus its last byte", sample[..^1]);
            yield return Input(method, "truncated message", "first half of the sample", sample[..(sample.Length / 2)]);
        }
    }

    private static AdversarialInput Input(RpcMethod method, string @class, string label, byte[] bytes) =>
        new RawGrpcCall(method, bytes).ToInput(@class, label);

    private static byte[] Tag(int fieldNumber, int wireType)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer)) output.WriteTag(fieldNumber, (WireFormat.WireType)wireType);
        return buffer.ToArray();
    }
}

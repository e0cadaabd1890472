using Google.Protobuf.Reflection;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>The <see cref="ProtoKind"/> of a field, and numbers in the CLR type its accessor takes.</summary>
public static class ProtoKinds
{
    public static ProtoKind Of(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => ProtoKind.Text,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => ProtoKind.Int32,
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => ProtoKind.Int64,
        FieldType.UInt32 or FieldType.Fixed32 => ProtoKind.UInt32,
        FieldType.UInt64 or FieldType.Fixed64 => ProtoKind.UInt64,
        FieldType.Double or FieldType.Float => ProtoKind.Double,
        FieldType.Bool => ProtoKind.Bool,
        FieldType.Enum => ProtoKind.Enum,
        FieldType.Bytes => ProtoKind.Bytes,
        _ => field.MessageType.FullName switch
        {
            "google.protobuf.StringValue" => ProtoKind.Text,
            "google.protobuf.Int32Value" => ProtoKind.Int32,
            "google.protobuf.Int64Value" => ProtoKind.Int64,
            "google.protobuf.UInt32Value" => ProtoKind.UInt32,
            "google.protobuf.UInt64Value" => ProtoKind.UInt64,
            "google.protobuf.DoubleValue" or "google.protobuf.FloatValue" => ProtoKind.Double,
            "google.protobuf.BoolValue" => ProtoKind.Bool,
            "google.protobuf.BytesValue" => ProtoKind.Bytes,
            "google.protobuf.Timestamp" => ProtoKind.Timestamp,
            _ => ProtoKind.Message,
        },
    };

    /// <summary>A number in the CLR type the field's accessor takes (null when it does not fit).</summary>
    public static object? Number(ProtoKind kind, FieldDescriptor field, double value) => kind switch
    {
        ProtoKind.Int32 when value is >= int.MinValue and <= int.MaxValue => (int)value,
        ProtoKind.Int64 when value is >= long.MinValue and <= long.MaxValue => value >= long.MaxValue ? long.MaxValue : (long)value,
        ProtoKind.UInt32 when value is >= 0 and <= uint.MaxValue => (uint)value,
        ProtoKind.UInt64 when value >= 0 => value >= ulong.MaxValue ? ulong.MaxValue : (ulong)value,
        ProtoKind.Double => field.FieldType == FieldType.Float ? (object)(float)value : value,
        _ => null,
    };
}

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>How a field's value is set from C#: wrappers (google.protobuf.StringValue, Int32Value…) are
/// plain nullable properties in generated code, so they count as what they wrap.</summary>
public enum ProtoKind { Text, Int32, Int64, UInt32, UInt64, Double, Bool, Enum, Bytes, Timestamp, Message }

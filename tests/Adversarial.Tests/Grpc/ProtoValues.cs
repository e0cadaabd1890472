using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>The bad values for one field of a request message, by its kind and name, each labelled with
/// its input class. Every value is well-formed protobuf: the service itself must refuse it.</summary>
public static class ProtoValues
{
    public static IEnumerable<(string Class, string Label, object Value)> For(FieldDescriptor field)
    {
        var kind = ProtoKinds.Of(field);
        switch (kind)
        {
            case ProtoKind.Text:
                foreach (var (label, text) in BadText.Unsafe) yield return ($"unsafe text", label, text);
                yield return ("long text (20,000 chars)", "long", BadText.Long);
                yield return ("huge text (1.1 MB)", "huge", BadText.Huge);
                if (SampleValues.IsDate(field.Name))
                    foreach (var d in BadDates.All) yield return ("date malformed or out of range", d, d);
                if (SampleValues.IsPageToken(field.Name))
                    foreach (var (label, token) in ForgedPageTokens.All.Concat(TamperedPageTokens.Derived)) yield return ("forged page token", label, token);
                break;
            case ProtoKind.Int32 or ProtoKind.Int64 or ProtoKind.UInt32 or ProtoKind.UInt64 or ProtoKind.Double:
                var numbers = BadNumbers.AsProto.Select(n => (double)n).Concat(kind == ProtoKind.Double ? [double.NaN, double.PositiveInfinity] : []);
                if (SampleValues.Normal(field.Name) == "year") numbers = numbers.Concat(BadDates.Years.Select(y => (double)y));
                foreach (var n in numbers.Distinct())
                    if (ProtoKinds.Number(kind, field, n) is { } value) yield return ("number out of range", n.ToString(), value);
                break;
            case ProtoKind.Enum:
                foreach (var n in new[] { 999, -1 }) yield return ("undefined enum value", n.ToString(), System.Enum.ToObject(field.EnumType.ClrType, n));
                break;
            case ProtoKind.Bytes:
                foreach (var (label, _, bytes) in BadFiles.All) yield return ("bad file", label, ByteString.CopyFrom(bytes));
                yield return ("bad file", "empty", ByteString.Empty);
                break;
            case ProtoKind.Timestamp:
                yield return ("timestamp out of range", "max seconds", new Timestamp { Seconds = long.MaxValue });
                yield return ("timestamp out of range", "before year 1", new Timestamp { Seconds = -62_135_596_801 });
                yield return ("timestamp out of range", "negative nanos", new Timestamp { Seconds = 1, Nanos = -1 });
                break;
        }
    }
}

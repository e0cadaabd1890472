using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>Request messages built from descriptors: a base with every field that has a sample, nested
/// messages included (two levels), and a way to set any field to any value.</summary>
public static class ProtoMessages
{
    public static IMessage Base(MessageDescriptor descriptor, int depth = 0)
    {
        var message = (IMessage)Activator.CreateInstance(descriptor.ClrType)!;
        foreach (var field in descriptor.Fields.InDeclarationOrder().Where(f => !f.IsMap))
        {
            var kind = ProtoKinds.Of(field);
            object? sample = kind switch
            {
                ProtoKind.Text => SampleValues.Text(field.Name),
                ProtoKind.Message when depth < 2 => Base(field.MessageType, depth + 1),
                ProtoKind.Int32 or ProtoKind.Int64 or ProtoKind.UInt32 or ProtoKind.UInt64 =>
                    SampleValues.Number(field.Name) is { } n ? ProtoKinds.Number(kind, field, n) : null,
                _ => null,
            };
            if (sample is not null) Set(message, field, sample);
        }
        return message;
    }

    /// <summary>Sets a singular field, or makes a repeated field hold exactly this one value.</summary>
    public static void Set(IMessage message, FieldDescriptor field, object value)
    {
        if (field.IsMap) return;
        if (field.IsRepeated)
        {
            var list = (IList)field.Accessor.GetValue(message);
            list.Clear();
            list.Add(value);
        }
        else field.Accessor.SetValue(message, value);
    }

    /// <summary>The (first) nested message a field holds in <paramref name="message"/>, if any.</summary>
    public static IMessage? Nested(IMessage message, FieldDescriptor field) =>
        field.IsRepeated
            ? ((IList)field.Accessor.GetValue(message)).Cast<IMessage>().FirstOrDefault()
            : field.Accessor.GetValue(message) as IMessage;
}

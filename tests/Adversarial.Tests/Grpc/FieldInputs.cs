using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>For every RPC: the empty request, and the sample request with one field (top level or one
/// level down in a nested message) set to a bad value. A file field travels with a matching format.</summary>
public static class FieldInputs
{
    public static IEnumerable<AdversarialInput> For(RpcMethod method)
    {
        var input = method.Descriptor.InputType;
        yield return new RawGrpcCall(method, []).ToInput("every field missing", "empty message");
        foreach (var field in input.Fields.InDeclarationOrder().Where(f => !f.IsMap))
        {
            foreach (var made in Mutations(input, field, field.Name, (m, apply) => apply(m))) yield return made(method);
            if (ProtoKinds.Of(field) != ProtoKind.Message) continue;
            foreach (var inner in field.MessageType.Fields.InDeclarationOrder().Where(f => !f.IsMap && ProtoKinds.Of(f) != ProtoKind.Message))
            {
                var outer = field;
                foreach (var made in Mutations(input, inner, $"{field.Name}.{inner.Name}",
                             (m, apply) => { if (ProtoMessages.Nested(m, outer) is { } nested) apply(nested); }))
                    yield return made(method);
            }
        }
    }

    private static IEnumerable<Func<RpcMethod, AdversarialInput>> Mutations(
        MessageDescriptor input, FieldDescriptor field, string path, Action<IMessage, Action<IMessage>> at)
    {
        foreach (var (@class, label, value) in ProtoValues.For(field))
        {
            var message = ProtoMessages.Base(input);
            at(message, m =>
            {
                ProtoMessages.Set(m, field, value);
                if (value is ByteString) MatchFormat(m, field.ContainingType, label);
            });
            var bytes = message.ToByteArray();
            yield return method => new RawGrpcCall(method, bytes).ToInput(@class, $"{path} = {label}");
        }
        if (field.IsRepeated && ProtoKinds.Of(field) == ProtoKind.Text)
        {
            var message = ProtoMessages.Base(input);
            at(message, m => { var list = (IList)field.Accessor.GetValue(m); for (var i = 0; i < 10_000; i++) list.Add($"Client {i}"); });
            var bytes = message.ToByteArray();
            yield return method => new RawGrpcCall(method, bytes).ToInput("10,000 repeated values", $"{path} × 10,000");
        }
    }

    /// <summary>An enum field whose values name file formats is set to the one the file label names.</summary>
    private static void MatchFormat(IMessage message, MessageDescriptor type, string label)
    {
        foreach (var e in type.Fields.InDeclarationOrder().Where(f => f.FieldType == FieldType.Enum && !f.IsRepeated))
        {
            var match = e.EnumType.Values.FirstOrDefault(v => label.Contains(v.Name.Split('_')[^1], StringComparison.OrdinalIgnoreCase));
            if (match is not null) e.Accessor.SetValue(message, System.Enum.ToObject(e.EnumType.ClrType, match.Number));
        }
    }
}

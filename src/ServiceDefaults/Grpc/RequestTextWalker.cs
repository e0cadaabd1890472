using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Walks every string of a message (nested messages, repeated fields, map values), replaces
/// each with its NFC form and returns the first one that breaks the text rule, with its field path
/// (for example "clients[2].client_name", or "notes" for a StringValue).</summary>
internal static class RequestTextWalker
{
    public static FieldViolation? FindProblem(IMessage message, string prefix = "", bool freeText = false)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var free = freeText || FreeTextFields.Names.Contains(field.Name);
            var value = field.Accessor.GetValue(message);
            var problem = field switch
            {
                { IsMap: true } => InMap((IDictionary)value, path, free),
                { IsRepeated: true } => InList((IList)value, path, free),
                // A google.protobuf.StringValue field reads as a plain (nullable) string in C#.
                { FieldType: FieldType.String or FieldType.Message } when value is string text =>
                    InString(text, path, free, s => field.Accessor.SetValue(message, s)),
                { FieldType: FieldType.Message } when value is IMessage inner => FindProblem(inner, path + ".", free),
                _ => null,
            };
            if (problem is not null) return problem;
        }
        return null;
    }

    private static FieldViolation? InList(IList list, string path, bool free)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var index = i;
            var problem = list[i] switch
            {
                string s => InString(s, $"{path}[{i}]", free, n => list[index] = n),
                IMessage inner => FindProblem(inner, $"{path}[{i}].", free),
                _ => null,
            };
            if (problem is not null) return problem;
        }
        return null;
    }

    private static FieldViolation? InMap(IDictionary map, string path, bool free)
    {
        foreach (var key in map.Keys.Cast<object>().ToList())
        {
            if (key is string k && SafeText.CheckCharacters(k, false, out _) is { } keyProblem)
                return new FieldViolation(path, keyProblem);
            var problem = map[key] switch
            {
                string s => InString(s, $"{path}[{key}]", free, n => map[key] = n),
                IMessage inner => FindProblem(inner, $"{path}[{key}].", free),
                _ => null,
            };
            if (problem is not null) return problem;
        }
        return null;
    }

    private static FieldViolation? InString(string value, string path, bool free, Action<string> replace)
    {
        if (value.Length == 0) return null;
        var problem = SafeText.CheckCharacters(value, allowLineBreaks: free, out var normalized);
        if (problem is not null) return new FieldViolation(path, problem);
        if (!ReferenceEquals(normalized, value)) replace(normalized);
        return null;
    }
}

using System.Text;
using System.Text.Json;
using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>JSON bodies written by hand (so keys can repeat and literals can be anything): a base body of
/// the required properties and those with a sample, with one property replaced, removed or repeated.</summary>
public static class JsonBodies
{
    public static byte[] Base(ApiOperation operation) => Write(BaseMembers(operation));

    public static List<(string Name, string Literal)> BaseMembers(ApiOperation operation) =>
        [.. operation.BodyProperties.Where(p => p.Required || HasSample(p)).Select(p => (p.Name, SampleLiteral(p)))];

    public static byte[] With(ApiOperation operation, string name, string literal)
    {
        var members = BaseMembers(operation);
        var index = members.FindIndex(m => m.Name == name);
        if (index >= 0) members[index] = (name, literal);
        else members.Add((name, literal));
        return Write(members);
    }

    public static byte[] Without(ApiOperation operation, string name) => Write(BaseMembers(operation).Where(m => m.Name != name));

    public static byte[] Repeated(ApiOperation operation, string name)
    {
        var members = BaseMembers(operation);
        var literal = members.FirstOrDefault(m => m.Name == name).Literal ?? SampleLiteral(operation.BodyProperties.First(p => p.Name == name));
        return Write([(name, literal), .. members, (name, literal)]);
    }

    public static string String(string value) => JsonSerializer.Serialize(value);

    public static byte[] Write(IEnumerable<(string Name, string Literal)> members) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", members.Select(m => $"{String(m.Name)}:{m.Literal}")) + "}");

    private static bool HasSample(ApiField p) => SampleValues.Text(p.Name) is not null || SampleValues.Number(p.Name) is not null;

    private static string SampleLiteral(ApiField p) => p.Type switch
    {
        "integer" or "number" => (SampleValues.Number(p.Name) ?? 1).ToString(),
        "boolean" => "false",
        "array" => SampleValues.Text(p.Name) is { } item ? $"[{String(item)}]" : "[]",
        "object" => "{}",
        _ => String(SampleValues.Text(p.Name) ?? "x"),
    };
}

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>One operation of /openapi/v1.json: its parameters, the media types its body accepts and,
/// for a JSON body, the body's properties.</summary>
public sealed record ApiOperation(string Method, string Template, IReadOnlyList<ApiField> Parameters,
    IReadOnlyList<string> BodyMediaTypes, IReadOnlyList<ApiField> BodyProperties)
{
    public bool HasJsonBody => BodyMediaTypes.Any(m => m.Contains("json", StringComparison.OrdinalIgnoreCase));

    public bool TakesFiles => BodyMediaTypes.Any(m => !m.Contains("json", StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Method} {Template}";
}

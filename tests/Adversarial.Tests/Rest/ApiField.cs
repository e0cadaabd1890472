namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>A parameter (In = "path" or "query") or a JSON body property (In = "body"), with the JSON
/// Schema type the OpenAPI document gives it ("string", "integer", "number", "boolean", "array", "object").</summary>
public sealed record ApiField(string Name, string In, string Type, string? Format, bool Required);

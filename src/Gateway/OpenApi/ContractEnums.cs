using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Segmentation.Gateway.OpenApi;

/// <summary>The contract's closed sets of words (SPEC §6-§7, API.md) as enums. The DTOs carry them as
/// strings (the services own the words), so the generator cannot see them. Request bodies are left
/// open: Requirements accepts a priority level in any case and answers 400 naming the field.</summary>
public sealed class ContractEnums : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    private static readonly string[] Priorities = ["critical", "high", "medium", "low"];
    private static readonly string[] Overall = ["critical", "at-risk", "compliant"];
    private static readonly string[] PerType = [.. Overall, "exceeded"];
    private static readonly string[] Windows = ["calendar", "assessment"];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not { } property || property.DeclaringType.Name.EndsWith("Body", StringComparison.Ordinal))
            return Task.CompletedTask;
        var values = property.Name switch
        {
            "priorityLevel" => Priorities,
            "overallStatus" or "predictedStatus" => Overall,
            "status" when property.DeclaringType.Namespace?.EndsWith(".Compliance", StringComparison.Ordinal) == true => PerType,
            _ => null,
        };
        if (values is not null) schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters ?? [])
        {
            var values = (parameter.Name, operation.OperationId) switch
            {
                ("window", _) => Windows,
                ("status", "ListPortfolio") => Overall,
                _ => null,
            };
            if (values is not null && parameter.Schema is OpenApiSchema schema) schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
        return Task.CompletedTask;
    }
}

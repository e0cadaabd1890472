using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Segmentation.Gateway.OpenApi;

/// <summary>Strings are read through a custom converter (NulFreeStringConverter), which hides their type
/// from the schema generator; this puts "type": "string" (or ["null", "string"]) back.</summary>
public sealed class StringSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(string)) return Task.CompletedTask;
        schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        return Task.CompletedTask;
    }
}

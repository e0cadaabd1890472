using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Segmentation.Gateway.Apis.Events;

namespace Segmentation.Gateway.OpenApi;

/// <summary>POST /api/events/import reads its body itself (ImportUpload), so nothing describes it to the
/// generator: a text/csv or .xlsx body is the file's bytes, and multipart/form-data carries the file in
/// the part "file".</summary>
public sealed class ImportBodyTransformer : IOpenApiOperationTransformer
{
    public const string FilePart = "file";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "ImportEvents") return Task.CompletedTask;
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The CSV or .xlsx file: as the whole body, or as the part \"file\" of a form.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = Binary() },
                [ImportUpload.Xlsx] = new() { Schema = Binary() },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema> { [FilePart] = Binary() },
                        Required = new HashSet<string> { FilePart },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };
}

using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Segmentation.Gateway.Input;
using Segmentation.ServiceDefaults.Text;

namespace Segmentation.Gateway.OpenApi;

/// <summary>Dates and years are read by the gateway's own types (CalendarDateJsonConverter, QueryDate,
/// QueryYear), which hide their shape from the schema generator; this documents what they accept.</summary>
public sealed class CalendarSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A query parameter of a parsable type is generated as a string; its own type is the parameter's.
        var declared = context.ParameterDescription?.Type is { } parameter && context.JsonTypeInfo.Type == typeof(string)
            ? parameter
            : context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(DateOnly) || type == typeof(QueryDate))
        {
            schema.Type = OrNull(JsonSchemaType.String, context);
            schema.Format = "date";
            schema.Properties?.Clear();
        }
        else if (type == typeof(QueryYear))
        {
            schema.Type = OrNull(JsonSchemaType.Integer, context);
            schema.Format = "int32";
            schema.Minimum = CalendarDates.EarliestYear.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = CalendarDates.LatestYear.ToString(CultureInfo.InvariantCulture);
            schema.Properties?.Clear();
        }
        return Task.CompletedTask;
    }

    private static JsonSchemaType OrNull(JsonSchemaType type, OpenApiSchemaTransformerContext context) =>
        context.JsonPropertyInfo is { IsGetNullable: true } ? type | JsonSchemaType.Null : type;
}

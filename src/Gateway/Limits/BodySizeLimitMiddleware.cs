using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Limits;

/// <summary>Refuses a body larger than its route accepts (the import's limit, else the JSON limit) with
/// 413 before anything reads it. A declared Content-Length is checked here; a chunked body is cut
/// off by the server through IHttpMaxRequestBodySizeFeature, which this sets to the same limit.</summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<GatewayLimits> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? options.Value.JsonBodyBytes;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            await Problems.WriteAsync(context, Problems.Field(
                "body", $"The request body is larger than this route accepts ({limit} bytes).", StatusCodes.Status413PayloadTooLarge));
            return;
        }
        await next(context);
    }
}

using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Limits;

/// <summary>Refuses a request target (path and query) longer than <see cref="GatewayLimits.UrlLength"/>
/// with 414 problem details. Kestrel refuses request lines over 8 KiB itself (a bare 414); this lower
/// limit answers in the API's own shape first, and holds on servers that have no limit (TestServer).</summary>
public sealed class UrlLengthMiddleware(RequestDelegate next, IOptions<GatewayLimits> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target) ? context.Request.GetEncodedPathAndQuery().Length : target.Length;
        if (length <= options.Value.UrlLength)
        {
            await next(context);
            return;
        }
        await Problems.WriteAsync(context, Problems.Of(
            StatusCodes.Status414UriTooLong, $"The path and query may be at most {options.Value.UrlLength} characters."));
    }
}

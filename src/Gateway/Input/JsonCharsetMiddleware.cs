using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Input;

/// <summary>JSON is read as UTF-8 only (RFC 8259 §8.1). A JSON body labelled with another charset is
/// refused with 415 before anything reads it: the framework would try to transcode it, and an unknown
/// charset ("x-no-such") made it throw an InvalidOperationException, a 500. A quoted "utf-8" (equivalent
/// by RFC 9110, but unknown to the framework's reader) is rewritten to the bare token.</summary>
public sealed class JsonCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || type.Charset.Length == 0 || !IsJson(type))
        {
            await next(context);
            return;
        }
        var charset = HeaderUtilities.RemoveQuotes(type.Charset);
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            if (charset.Length != type.Charset.Length)
            {
                type.Charset = "utf-8";
                context.Request.ContentType = type.ToString();
            }
            await next(context);
            return;
        }
        await Problems.WriteAsync(context, Problems.Field(
            "body", "Send JSON as UTF-8: the only charset accepted is utf-8.", StatusCodes.Status415UnsupportedMediaType));
    }

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
}

using Microsoft.AspNetCore.Mvc;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Input;

/// <summary>Refuses a query value holding U+0000 (sent as %00) with 400 naming it, for the same reason as
/// <see cref="NulFreeStringConverter"/>: PostgreSQL cannot take it, and no request may be a 500. (A %00
/// in the path never gets here: the server's URL decoder refuses the request line.)</summary>
public sealed class NulFreeQueryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var field = context.Request.Query.FirstOrDefault(q => q.Value.Any(v => v?.Contains('\0') == true)).Key;
        if (field is null)
        {
            await next(context);
            return;
        }
        await Problems.WriteAsync(context, Problems.Field(field, "May not contain U+0000 (%00)."));
    }
}

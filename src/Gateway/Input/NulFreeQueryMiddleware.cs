using Microsoft.AspNetCore.Mvc;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Input;

/// <summary>Refuses a query value holding U+0000 (sent as %00) with 400 naming it, for the same reason as
/// <see cref="NulFreeStringConverter"/>: PostgreSQL cannot take it, and no request may be a 500. (A %00
/// in the path never gets here: the server's URL decoder refuses the request line.)</summary>
public sealed class NulFreeQueryMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var field = context.Request.Query.FirstOrDefault(q => q.Value.Any(v => v?.Contains('\0') == true)).Key;
        if (field is null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["May not contain U+0000 (%00)."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = ProblemTitles.Of(StatusCodes.Status400BadRequest),
        };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

namespace Segmentation.Gateway.Security;

/// <summary>First in the pipeline, so its callback runs last when the response starts: the headers are
/// set on every answer, including the exception handler's (which clears headers and sets its own
/// Cache-Control) and the authentication and rate-limit refusals.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            SecurityHeaders.Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}

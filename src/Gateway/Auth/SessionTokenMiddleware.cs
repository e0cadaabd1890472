using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace Segmentation.Gateway.Auth;

/// <summary>For a request signed in by the dashboard's session cookie: refuses a write that lacks the
/// <see cref="GatewaySchemes.CsrfHeader"/> header (403), and puts the session's access token on the request
/// so the services receive and check the user's own token, exactly as for a bearer caller.</summary>
public sealed class SessionTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count == 0 && context.User.Identity?.IsAuthenticated == true)
        {
            var session = await context.AuthenticateAsync(GatewaySchemes.Cookie);
            if (session.Succeeded)
            {
                if (IsWrite(context.Request.Method) && context.Request.Headers[GatewaySchemes.CsrfHeader] != "1")
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new { title = $"A signed-in write must carry the {GatewaySchemes.CsrfHeader}: 1 header." });
                    return;
                }
                var token = session.Properties?.GetTokenValue("access_token");
                if (!string.IsNullOrEmpty(token)) context.Request.Headers[HeaderNames.Authorization] = "Bearer " + token;
            }
        }
        await next(context);
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}

using Segmentation.Gateway.Errors;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Gateway.Auth;

/// <summary>GET /dev/token?role=admin|cse&amp;cse=Name: a signed token for local development. It is mapped
/// only when the environment is Development, so no setting can switch it on in Production, and it
/// is left out of the OpenAPI document (which must be the same in every environment).</summary>
public static class DevelopmentTokenApi
{
    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment()) return app;
        app.MapGet("/dev/token", Issue).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Issue(string? role, string? cse, TokenIssuer issuer)
    {
        return role switch
        {
            null or "" or Roles.Admin => Results.Ok(new DevelopmentToken(issuer.Issue("dev-admin", Roles.Admin))),
            Roles.Cse when !string.IsNullOrWhiteSpace(cse) =>
                Results.Ok(new DevelopmentToken(issuer.Issue($"dev-cse:{cse.Trim()}", Roles.Cse, cse.Trim()))),
            Roles.Cse => Problems.Validation(Problems.Field("cse", "A CSE token needs the CSE's display name.")),
            _ => Problems.Validation(Problems.Field("role", "Use admin or cse.")),
        };
    }
}

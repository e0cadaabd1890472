using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenIddict.Abstractions;
using Segmentation.Identity.Clients;
using Segmentation.Identity.Data;
using Segmentation.Identity.Endpoints;
using Segmentation.Identity.Users;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults;
using Segmentation.ServiceDefaults.Auth;
using Segmentation.ServiceDefaults.Data;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Identity;

public static class Extensions
{
    /// <summary>The provider's own sign-in session (its login page), separate from the gateway's.</summary>
    public const string LoginScheme = "IdentityLogin";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        builder.Services.AddSingleton(options);
        builder.AddSegmentationDatabase();
        // The provider calls Requirements as itself: its own client-credentials token, validated like any other.
        builder.Configuration[$"{AuthOptions.Section}:Authority"] ??= options.Issuer;
        builder.AddSegmentationAuth()
            .AddCookie(LoginScheme, o =>
            {
                o.Cookie.Name = "segmentation.identity";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = LoginPage.Path;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddSharedKeyRing("identity");
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "segmentation.identity.antiforgery");
        builder.AddSegmentationGrpcClient<RequirementsService.RequirementsServiceClient>(ResourceNames.Requirements);
        builder.Services.AddSingleton<DevelopmentUsers>();
        builder.Services.AddDbContext<IdentityDbContext>((sp, db) =>
        {
            db.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>());
            db.UseOpenIddict();
        });
        builder.AddOpenIddictServer(options);
        builder.Services.AddHostedService<ClientRegistration>();
        return builder;
    }

    public static WebApplication UseIdentityPipeline(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapAuthorizationEndpoint();
        app.MapTokenEndpoint(app.Environment);
        app.MapEndSessionEndpoint();
        app.MapLoginPage(app.Environment);
        app.MapGet("/", () => Results.Redirect(LoginPage.Path)).AllowAnonymous();
        // Browsers ask every page's origin for an icon; without this the login page logs a 401 (fallback policy).
        app.MapGet("/favicon.ico", () => Results.NoContent()).AllowAnonymous();
        return app;
    }
}

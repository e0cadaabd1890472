namespace Segmentation.AppHost;

/// <summary>Every project the AppHost starts (services, gateway, migrator, and any added later) runs in
/// the AppHost's own environment: a project has no launch profile of its own here, so without this it
/// would run as Production under `./run.sh` and lose what the README promises in Development.</summary>
public static class ProjectEnvironment
{
    public static IDistributedApplicationBuilder RunProjectsInAppHostEnvironment(this IDistributedApplicationBuilder builder)
    {
        var environment = builder.Environment.EnvironmentName;
        // Subscribed before any resource is added and applied at start, so no project can be missed.
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            foreach (var project in e.Model.Resources.OfType<ProjectResource>())
            {
                project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                {
                    context.EnvironmentVariables["DOTNET_ENVIRONMENT"] = environment;
                    context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = environment;
                }));
            }
            return Task.CompletedTask;
        });
        return builder;
    }
}

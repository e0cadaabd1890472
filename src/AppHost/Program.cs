using Segmentation.AppHost;
using Segmentation.AppHost.Postgres;

var builder = DistributedApplication.CreateBuilder(args);
builder.RunProjectsInAppHostEnvironment();
var settings = AppHostSettings.From(builder.Configuration, builder.AppHostDirectory);
var keys = IdentityProvider.Keys(builder.Configuration, settings);

var database = builder.AddSegmentationDatabase(settings);

var migrator = builder.AddProject<Projects.Migrator>(ResourceNames.Migrator)
    .WithArgs(DemoData.MigratorArgs(builder.Configuration, settings))
    .WithReference(database, ResourceNames.Database)
    .WaitFor(database);

var requirements = builder.AddGrpcService<Projects.Requirements_Service>(ResourceNames.Requirements, database, migrator, keys);
var events = builder.AddGrpcService<Projects.Events_Service>(ResourceNames.Events, database, migrator, keys)
    .WithReference(requirements).WaitFor(requirements);
var compliance = builder.AddGrpcService<Projects.Compliance_Service>(ResourceNames.Compliance, database, migrator, keys)
    .WithReference(requirements).WaitFor(requirements)
    .WithReference(events).WaitFor(events);

var gateway = builder.AddProject<Projects.Gateway>(ResourceNames.Gateway)
    .WithHttpEndpoint(port: settings.GatewayPort, name: "http", isProxied: false)
    .WithProviderAuth(keys)
    .WithAuthSettings(builder.Configuration)
    // Sessions and the key ring only: a small pool (DatabaseOptions' budget counts the three services).
    .WithEnvironment("Database__MaxPoolSize", "4")
    .WithReference(database, ResourceNames.Database)
    .WithReference(requirements).WaitFor(requirements)
    .WithReference(events).WaitFor(events)
    .WithReference(compliance).WaitFor(compliance)
    .WithHttpHealthCheck("/health");

if (!IdentityProvider.IsExternal(builder.Configuration))
{
    var identity = builder.AddDevelopmentProvider(settings, keys, database, migrator, requirements);
    gateway.WaitFor(identity);
    DevelopmentInfo.PrintTokensWhenReady(builder, identity, keys);
}
DevelopmentInfo.Print(builder, settings, keys);
builder.Build().Run();

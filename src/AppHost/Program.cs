using Segmentation.AppHost;
using Segmentation.AppHost.Postgres;

var builder = DistributedApplication.CreateBuilder(args);
builder.RunProjectsInAppHostEnvironment();
var settings = AppHostSettings.From(builder.Configuration, builder.AppHostDirectory);
var signingKey = LocalSecret.Resolve(builder.Configuration, "Auth:SigningKey", settings.DataDirectory, "auth-signing-key");
var keys = new ServiceKeys(signingKey,
    LocalSecret.Resolve(builder.Configuration, "PageTokens:Key", settings.DataDirectory, "page-token-key"));

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

builder.AddProject<Projects.Gateway>(ResourceNames.Gateway)
    .WithHttpEndpoint(port: settings.GatewayPort, name: "http", isProxied: false)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithReference(requirements).WaitFor(requirements)
    .WithReference(events).WaitFor(events)
    .WithReference(compliance).WaitFor(compliance)
    .WithHttpHealthCheck("/health");

DevelopmentInfo.Print(builder, settings, signingKey);
builder.Build().Run();

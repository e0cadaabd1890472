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

var budget = new ConnectionBudget(settings.Replicas);
var requirements = builder.AddGrpcService<Projects.Requirements_Service>(ResourceNames.Requirements, database, migrator, keys)
    .WithReplicasOf(budget);
var events = builder.AddGrpcService<Projects.Events_Service>(ResourceNames.Events, database, migrator, keys)
    .WithReplicasOf(budget)
    .WithReference(requirements).WaitFor(requirements);
var compliance = builder.AddGrpcService<Projects.Compliance_Service>(ResourceNames.Compliance, database, migrator, keys)
    .WithReplicasOf(budget)
    .WithReference(requirements).WaitFor(requirements)
    .WithReference(events).WaitFor(events);

var gateways = builder.AddGateways(settings, keys, database, requirements, events, compliance);

if (!IdentityProvider.IsExternal(builder.Configuration))
{
    var identity = builder.AddDevelopmentProvider(settings, keys, database, migrator, requirements);
    foreach (var gateway in gateways) gateway.WaitFor(identity);
    DevelopmentInfo.PrintTokensWhenReady(builder, identity, keys);
}
DevelopmentInfo.Print(builder, settings, keys);
builder.Build().Run();

using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using DbUp.Engine.Output;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Segmentation.Migrator;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests;

/// <summary>The real AppHost over an external database that fails the guide's checks: the migrator
/// exits 1 and no service that waits for it starts.</summary>
[Collection(AppHostCollection.Name)] // after, not beside, the shared AppHost: two at once would starve 2 cores
public sealed class MigratorFailureTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_migrator_that_fails_verification_stops_every_service()
    {
        await using var server = await PostgresServer.StartAsync(TestContext.Current.CancellationToken);
        var connectionString = server.ConnectionString("drifted");
        Assert.True(new MigrationRunner(connectionString, new NoOpUpgradeLog()).Up().Successful);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand("DROP TABLE tier_event_requirements CASCADE", connection);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        NpgsqlConnection.ClearAllPools();

        using var cts = new CancellationTokenSource(Timeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Postgres:Mode=external",
            $"--ConnectionStrings:segmentation={connectionString}",
            $"--DataDirectory={Path.Combine(Path.GetTempPath(), "segmentation-apphost-" + Guid.NewGuid().ToString("N")[..10])}",
            $"--Gateway:Port={LoopbackPorts.Free()}",
            $"--Identity:Port={LoopbackPorts.Free()}",
        ], cts.Token);
        await using var app = await builder.BuildAsync(cts.Token);
        await app.StartAsync(cts.Token);
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();

        var migrator = await notifications.WaitForResourceAsync(ResourceNames.Migrator,
            e => e.Snapshot.ExitCode is not null, cts.Token).WaitAsync(Timeout, cts.Token);
        await notifications.WaitForResourceAsync(ResourceNames.Requirements,
            e => e.Snapshot.State?.Text == KnownResourceStates.FailedToStart, cts.Token).WaitAsync(Timeout, cts.Token);

        Assert.Equal(1, migrator.Snapshot.ExitCode);
        foreach (var dependant in new[] { ResourceNames.Requirements, ResourceNames.Events, ResourceNames.Compliance, ResourceNames.Gateway })
        {
            Assert.True(notifications.TryGetCurrentState(dependant, out var state), dependant);
            Assert.NotEqual(KnownResourceStates.Running, state!.Snapshot.State?.Text);
            Assert.Null(state.Snapshot.StartTimeStamp);
        }
        await app.StopAsync(cts.Token);
    }

}

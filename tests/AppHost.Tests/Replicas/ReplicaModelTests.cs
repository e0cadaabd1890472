using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>The model --Replicas=N builds (not started): N processes of each service, N gateways on consecutive
/// ports, pools that fit max_connections; and without the option, the model deploy/ is checked against.</summary>
public sealed class ReplicaModelTests
{
    private static readonly string[] Services = [ResourceNames.Requirements, ResourceNames.Events, ResourceNames.Compliance];

    private static async Task<IReadOnlyList<ProjectResource>> ProjectsAsync(params string[] extra)
    {
        var data = Directory.CreateTempSubdirectory("segmentation-replica-model-");
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                ["--Postgres:Mode=external", "--ConnectionStrings:segmentation=Host=unused", $"--DataDirectory={data.FullName}",
                 "--Auth:Authority=https://login.example.invalid/", "--Gateway:Port=6080", .. extra], TestContext.Current.CancellationToken);
            await using var app = await builder.BuildAsync(TestContext.Current.CancellationToken);
            return [.. app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()];
        }
        finally { data.Delete(recursive: true); }
    }

#pragma warning disable CS0618 // the evaluation API Deploy.Tests uses too (see AppHostModel there)
    private static async Task<string?> EnvironmentAsync(ProjectResource project, string name) =>
        (await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish)).GetValueOrDefault(name);
#pragma warning restore CS0618

    [Fact]
    public async Task Two_replicas_are_two_processes_of_each_service_and_two_gateways_on_consecutive_ports()
    {
        var projects = await ProjectsAsync("--Replicas=2");

        foreach (var service in projects.Where(p => Services.Contains(p.Name)))
        {
            Assert.Equal(2, service.GetReplicaCount());
            Assert.Equal("12", await EnvironmentAsync(service, "Database__MaxPoolSize"));
            Assert.Equal("6", await EnvironmentAsync(service, "Database__Services"));
        }
        var gateways = projects.Where(p => p.Name.StartsWith(ResourceNames.Gateway, StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Annotations.OfType<EndpointAnnotation>().Single().Port);
        Assert.Equal(new Dictionary<string, int?> { ["gateway"] = 6080, ["gateway-2"] = 6081 }, gateways);
    }

    [Fact]
    public async Task Without_the_option_the_model_is_one_of_each_with_the_usual_pools()
    {
        var projects = await ProjectsAsync();

        Assert.Single(projects, p => p.Name.StartsWith(ResourceNames.Gateway, StringComparison.Ordinal));
        foreach (var service in projects.Where(p => Services.Contains(p.Name)))
        {
            Assert.Equal(1, service.GetReplicaCount());
            Assert.Equal("25", await EnvironmentAsync(service, "Database__MaxPoolSize"));
            Assert.Null(await EnvironmentAsync(service, "Database__Services"));
        }
    }

    [Theory]
    [InlineData(1, 25)]
    [InlineData(2, 12)]
    [InlineData(4, 5)]
    [InlineData(8, 2)]
    public void Every_pool_fits_PostgreSQLs_default_max_connections_up_to_eight_replicas(int replicas, int servicePool)
    {
        var budget = new ConnectionBudget(replicas);

        Assert.Equal(servicePool, budget.ServicePool);
        Assert.True(budget.Fits);
        Assert.False(new ConnectionBudget(9).Fits);
    }
}

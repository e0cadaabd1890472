using System.Text.Json.Nodes;

namespace Segmentation.Deploy.Tests;

/// <summary>Every project of the AppHost is a workload of the same name: a Job for one that others wait
/// to complete (the migrator), else a Deployment with a Service on the model's port and its probes.</summary>
public sealed class WorkloadTests(Installation installation)
{
    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Every_apphost_project_is_deployed_under_its_resource_name_and_nothing_else(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        var runToCompletion = installation.Model.Projects.SelectMany(p => p.CompletedBefore).ToHashSet();
        var expectedJobs = installation.Model.Projects.Where(p => runToCompletion.Contains(p.Name)).Select(p => p.Name).Order();
        var expectedDeployments = installation.Model.Projects.Where(p => !runToCompletion.Contains(p.Name)).Select(p => p.Name).Order();

        Assert.Equal(expectedJobs, rendered.OfKind("Job").Select(Rendered.Name).Order());
        Assert.Equal(expectedDeployments, rendered.OfKind("Deployment").Select(Rendered.Name).Order());
        Assert.Equal(expectedDeployments, rendered.OfKind("Service").Select(Rendered.Name).Order());
    }

    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Each_service_listens_on_the_model_port_and_is_probed_for_readiness_and_liveness(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        foreach (var project in installation.Model.Projects.Where(p => rendered.Find("Deployment", p.Name) is not null))
        {
            var container = Rendered.Container(rendered.Get("Deployment", project.Name));
            var ports = container["ports"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => (string)p!["containerPort"]!);
            var servicePort = rendered.Get("Service", project.Name)["spec"]!["ports"]![0]!;
            var port = project.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(project.EndpointName, (string?)servicePort["name"]);
            Assert.Equal(port, (string?)servicePort["port"]);
            Assert.Equal(port, ports[(string)servicePort["targetPort"]!]);
            var readiness = container["readinessProbe"]!;
            if (project.Http2)
                Assert.Equal(port, (string?)readiness["grpc"]?["port"]); // gRPC health: kubelet speaks no h2c over httpGet
            else
                Assert.Equal(project.HealthPath ?? "/health", (string?)readiness["httpGet"]?["path"]);
            Assert.Equal("/alive", (string?)container["livenessProbe"]!["httpGet"]?["path"]);
            Assert.True(ports.ContainsKey((string)container["livenessProbe"]!["httpGet"]!["port"]!), project.Name + ": liveness port not declared");
        }
    }

    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void The_migrator_job_runs_the_model_command_once_and_never_restarts(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        foreach (var job in rendered.OfKind("Job"))
        {
            var project = installation.Model.Project(Rendered.Name(job));
            var args = Rendered.Container(job)["args"]?.AsArray().Select(a => (string)a!).ToArray() ?? [];

            Assert.Equal(project.Arguments, args);
            Assert.Equal("Never", (string?)Rendered.PodSpec(job)["restartPolicy"]);
            Assert.Equal("0", (string?)job["spec"]!["backoffLimit"]);
        }
    }

    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Each_deployment_is_autoscaled_keeps_pods_in_a_drain_and_has_requests_and_a_memory_limit(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var name = Rendered.Name(deployment);
            var hpa = rendered.Get("HorizontalPodAutoscaler", name)["spec"]!;
            var pdb = rendered.Get("PodDisruptionBudget", name)["spec"]!;
            var resources = Rendered.Container(deployment)["resources"]!;
            var (min, max) = (int.Parse((string)hpa["minReplicas"]!), int.Parse((string)hpa["maxReplicas"]!));

            Assert.Equal(name, (string?)hpa["scaleTargetRef"]!["name"]);
            Assert.InRange(min, 2, max);
            Assert.InRange(int.Parse((string)pdb["minAvailable"]!), 1, min - 1); // a drain can always evict one pod
            Assert.Equal(Labels(deployment["spec"]!["selector"]!), Labels(pdb["selector"]!));
            Assert.NotNull(resources["requests"]?["cpu"]);
            Assert.NotNull(resources["requests"]?["memory"]);
            Assert.NotNull(resources["limits"]?["memory"]);
        }
    }

    private static string Labels(JsonNode selector) => selector["matchLabels"]!.ToJsonString();
}

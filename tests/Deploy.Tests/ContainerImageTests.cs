namespace Segmentation.Deploy.Tests;

/// <summary>Each project the AppHost starts publishes a chiselled, non-root image (dotnet publish
/// /t:PublishContainer) whose name, user and ports are the ones its manifest runs.</summary>
public sealed class ContainerImageTests(Installation installation)
{
    [Fact]
    public async Task Every_project_publishes_a_chiselled_non_root_image_named_and_exposed_as_its_manifest_expects()
    {
        var rendered = installation.Rendered["small"];
        var projects = installation.Model.Projects;
        var properties = await Task.WhenAll(projects.Select(p => ContainerProperties.ReadAsync(p.ProjectPath, TestContext.Current.CancellationToken)));

        foreach (var (project, image) in projects.Zip(properties))
        {
            var workload = rendered.Find("Deployment", project.Name) ?? rendered.Get("Job", project.Name);
            var container = Rendered.Container(workload);
            var reference = (string)container["image"]!;
            var declaredPorts = container["ports"]?.AsArray().Select(p => (string)p!["containerPort"]!).ToArray() ?? [];

            Assert.True(image.Enabled, project.Name + ": EnableSdkContainerSupport");
            Assert.Contains("chiseled", image.Family, StringComparison.Ordinal);
            Assert.True(int.TryParse(image.User, out var uid) && uid > 0, $"{project.Name}: ContainerUser '{image.User}' is not a numeric non-root uid");
            Assert.Equal(image.User, (string?)Rendered.PodSpec(workload)["securityContext"]!["runAsUser"]);
            Assert.Equal("true", (string?)Rendered.PodSpec(workload)["securityContext"]!["runAsNonRoot"]);
            Assert.Equal(image.Repository, reference.Split(':')[0]);
            Assert.Equal(declaredPorts.Order(), image.Ports.Order());
        }
    }
}

using System.Text.RegularExpressions;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Segmentation.Deploy.Tests;

/// <summary>The AppHost's distributed application model, built (not started) as Production over an external
/// database, with every environment variable evaluated as for publishing. Secrets the AppHost generates
/// (LocalSecret files in an empty data directory) are collected so the test knows which values are secret.</summary>
public sealed partial class AppHostModel
{
    public required IReadOnlyList<ModelProject> Projects { get; init; }
    public required IReadOnlySet<string> GeneratedSecrets { get; init; }

    public ModelProject Project(string name) => Projects.Single(p => p.Name == name);

    public static async Task<AppHostModel> BuildAsync(CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("segmentation-deploy-model-");
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<global::Projects.AppHost>(
                ["--environment=Production", "--Postgres:Mode=external", $"--DataDirectory={data.FullName}",
                 "--ConnectionStrings:segmentation=Host=unused",
                 // A deployment trusts the company provider (common.env), so the AppHost starts no development one.
                 "--Auth:Authority=https://login.example.invalid/"], ct);
            await using var app = await builder.BuildAsync(ct);
            var model = app.Services.GetRequiredService<DistributedApplicationModel>();
            var projects = new List<ModelProject>();
            foreach (var project in model.Resources.OfType<ProjectResource>()) projects.Add(await ReadAsync(project));
            var secrets = data.GetFiles().Select(f => File.ReadAllText(f.FullName).Trim()).ToHashSet();
            return new AppHostModel { Projects = projects, GeneratedSecrets = secrets };
        }
        finally { data.Delete(recursive: true); }
    }

    // The evaluation API this test needs is marked obsolete in favour of an execution-context builder whose
    // publish mode needs a publishing host; the docs still name it as the way to check a model in tests.
#pragma warning disable CS0618
    private static async Task<ModelProject> ReadAsync(ProjectResource project)
    {
        var environment = await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
        var arguments = await project.GetArgumentValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
        var endpoint = project.Annotations.OfType<EndpointAnnotation>().FirstOrDefault();
        var health = project.Annotations.OfType<HealthCheckAnnotation>()
            .Select(h => HealthPathPattern().Match(h.Key)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var completed = project.Annotations.OfType<WaitAnnotation>()
            .Where(w => w.WaitType == WaitType.WaitForCompletion).Select(w => w.Resource.Name).ToArray();
        return new ModelProject(project.Name, project.GetProjectMetadata().ProjectPath,
            environment.ToDictionary(e => e.Key, e => e.Value), arguments, endpoint?.Name,
            endpoint?.TargetPort ?? 8080,
            environment.TryGetValue("Kestrel__EndpointDefaults__Protocols", out var protocols) && protocols == "Http2",
            health, completed);
    }

    /// <summary>Aspire names an HTTP health check "{resource}_{endpoint}_{path}_{status}_check".</summary>
    [GeneratedRegex(@"_(/[^_]*)_\d{3}_check$")]
    private static partial Regex HealthPathPattern();
}

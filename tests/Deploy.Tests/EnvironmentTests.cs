namespace Segmentation.Deploy.Tests;

/// <summary>Every environment variable the AppHost gives a project is in its pod with the same value,
/// or from the Secret when it is secret.</summary>
public sealed class EnvironmentTests(Installation installation)
{
    /// <summary>Sized per installation by the overlays (docs/decisions.md, "Issue 16: deployment").</summary>
    private static readonly string[] SizedPerOverlay = ["Database__MaxPoolSize"];

    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Every_variable_of_the_apphost_is_set_with_its_value_or_from_the_secret(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        var problems = new List<string>();
        foreach (var project in installation.Model.Projects)
        {
            var workload = rendered.Find("Deployment", project.Name) ?? rendered.Find("Job", project.Name);
            if (workload is null) { problems.Add($"{project.Name}: no workload"); continue; }
            var actual = rendered.Environment(workload);
            foreach (var (name, value) in project.Environment)
            {
                var problem = Check(name, ExpectedValue.For(value, installation.Model), actual);
                if (problem is not null) problems.Add($"{overlay}/{project.Name}: {name} {problem}");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string? Check(string name, string? expected, IReadOnlyDictionary<string, string> actual)
    {
        var found = actual.TryGetValue(name, out var value);
        if (expected is null)
            return found && value!.StartsWith("secret:", StringComparison.Ordinal) ? null : "must come from the Secret (secretKeyRef)";
        // The AppHost's single gateway keeps its buckets in memory; the manifests run several gateways, which must share them.
        if (name == "RateLimiting__Store")
            return !found || value == "Database" ? null : $"is '{value}': several gateway replicas need the shared Database store";
        if (SizedPerOverlay.Contains(name))
            return found && int.TryParse(value, out var size) && size > 0 ? null : "must be a positive number";
        // Named Kestrel endpoints replace ASPNETCORE_URLS (the services bind gRPC and probe ports apart).
        if (!found && name == "ASPNETCORE_URLS")
            return actual.Any(e => e.Key.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal) && e.Key.EndsWith("__Url", StringComparison.Ordinal) && e.Value == expected)
                ? null : $"missing (nor a Kestrel endpoint on {expected})";
        if (!found) return $"missing (expected '{expected}')";
        return value == expected ? null : $"is '{value}', the AppHost's is '{expected}'";
    }
}

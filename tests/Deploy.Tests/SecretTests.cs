namespace Segmentation.Deploy.Tests;

/// <summary>Secrets come from a git-ignored file through the Secret; the example names every key used.</summary>
public sealed class SecretTests(Installation installation)
{
    [Theory]
    [InlineData("small")]
    [InlineData("large")]
    public void Every_secret_reference_names_a_key_of_the_one_rendered_secret_and_the_example_has_no_other(string overlay)
    {
        var rendered = installation.Rendered[overlay];
        var secret = Assert.Single(rendered.OfKind("Secret"));
        var keys = secret["data"]!.AsObject().Select(kv => kv.Key).Order().ToArray();
        var referenced = rendered.OfKind("Deployment").Concat(rendered.OfKind("Job"))
            .SelectMany(w => rendered.Environment(w).Values)
            .Where(v => v.StartsWith("secret:", StringComparison.Ordinal)).Distinct().ToArray();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, r => Assert.Contains(r, keys.Select(k => $"secret:{Rendered.Name(secret)}/{k}")));
        Assert.Equal(keys, referenced.Select(r => r[(r.LastIndexOf('/') + 1)..]).Order());
    }

    [Fact]
    public void The_secrets_file_is_git_ignored_and_no_configmap_holds_a_generated_secret()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Deploy, ".gitignore"));
        var configValues = installation.Rendered.Values.SelectMany(r => r.OfKind("ConfigMap"))
            .SelectMany(c => c["data"]!.AsObject().Select(kv => (string)kv.Value!)).ToArray();

        Assert.Contains("secrets.env", ignored);
        Assert.NotEmpty(installation.Model.GeneratedSecrets);
        Assert.DoesNotContain(configValues, v => installation.Model.GeneratedSecrets.Contains(v));
        Assert.DoesNotContain(Directory.GetFiles(Repository.Deploy, "secrets.env", SearchOption.AllDirectories), GitTracks);
    }

    private static bool GitTracks(string file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["ls-files", "--error-unmatch", file])
        { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }
}

using System.Diagnostics;

namespace Segmentation.Deploy.Tests;

/// <summary>Renders an overlay with `kubectl kustomize`, on a copy of deploy/ whose overlay gets
/// secrets.env from the example file (the real one is git-ignored and never in the repository).</summary>
public static class Kustomize
{
    public const string Kubectl = "kubectl";

    public static async Task<Rendered> RenderAsync(string overlay, CancellationToken ct)
    {
        var copy = Directory.CreateTempSubdirectory("segmentation-deploy-");
        try
        {
            CopyDirectory(new DirectoryInfo(Repository.Deploy), copy);
            var overlayDirectory = Path.Combine(copy.FullName, "overlays", overlay);
            File.Copy(Path.Combine(copy.FullName, "secrets.env.example"), Path.Combine(overlayDirectory, "secrets.env"), overwrite: true);
            return new Rendered(YamlDocuments.Parse(await RunAsync(overlayDirectory, ct)));
        }
        finally { copy.Delete(recursive: true); }
    }

    private static async Task<string> RunAsync(string directory, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Kubectl, ["kustomize", directory]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not installed: the manifests cannot be rendered. Install Debian's 'kubernetes-client' package " +
                "(scripts/prerequisites.sh does this for ./test.sh) or any kubectl ≥ 1.27.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0) throw new InvalidOperationException($"kubectl kustomize {directory} failed: {await error}");
            return await output;
        }
    }

    private static void CopyDirectory(DirectoryInfo source, DirectoryInfo target)
    {
        foreach (var file in source.GetFiles()) file.CopyTo(Path.Combine(target.FullName, file.Name));
        foreach (var sub in source.GetDirectories()) CopyDirectory(sub, target.CreateSubdirectory(sub.Name));
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Segmentation.Deploy.Tests;

/// <summary>A project's container publish properties as MSBuild evaluates them (no build: about 2 s).</summary>
public sealed record ContainerProperties(string Repository, string Family, string User, bool Enabled, IReadOnlyList<string> Ports)
{
    public static async Task<ContainerProperties> ReadAsync(string projectPath, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet",
            ["msbuild", projectPath, "-getProperty:ContainerRepository", "-getProperty:ContainerFamily",
             "-getProperty:ContainerUser", "-getProperty:EnableSdkContainerSupport", "-getItem:ContainerPort"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var msbuild = Process.Start(start)!;
        var output = await msbuild.StandardOutput.ReadToEndAsync(ct);
        await msbuild.WaitForExitAsync(ct);
        if (msbuild.ExitCode != 0) throw new InvalidOperationException($"dotnet msbuild {projectPath}: {output}");
        using var json = JsonDocument.Parse(output);
        var properties = json.RootElement.GetProperty("Properties");
        var ports = json.RootElement.GetProperty("Items").TryGetProperty("ContainerPort", out var items)
            ? items.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToArray() : [];
        return new ContainerProperties(
            properties.GetProperty("ContainerRepository").GetString()!, properties.GetProperty("ContainerFamily").GetString()!,
            properties.GetProperty("ContainerUser").GetString()!, properties.GetProperty("EnableSdkContainerSupport").GetString() == "true", ports);
    }
}

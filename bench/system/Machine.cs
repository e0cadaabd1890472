using System.Runtime.InteropServices;

namespace Segmentation.Bench.System;

/// <summary>The machine description written at the top of each result file.</summary>
public static class Machine
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(string postgresBin)
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "?"
            : "?";
        var postgres = (await Tool.RunAsync(Path.Combine(postgresBin, "postgres"), ["--version"], TimeSpan.FromSeconds(10))).Trim();
        var wrk = (await Tool.RunAsync("sh", ["-c", "wrk --version 2>&1 | head -1 || true"], TimeSpan.FromSeconds(10))).Trim();
        return
        [
            $"CPU: {cpu}, {Environment.ProcessorCount} logical cores; memory {long.Parse(memory) / 1024 / 1024.0:0.0} GiB",
            $"OS: {os}, kernel {Environment.OSVersion.Version}; .NET {RuntimeInformation.FrameworkDescription}; {postgres}; {wrk}",
            $"Load average when the run started (1/5/15 min): {await Tool.LoadAverageAsync()} — the machine is shared with other engineers' builds and tests",
        ];
    }
}

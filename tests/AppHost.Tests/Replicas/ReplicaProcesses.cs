using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>The process id of each running replica of a resource, from Aspire's resource snapshots (the same
/// "executable.pid" the Aspire dashboard shows), so a test kills exactly a process this AppHost started.</summary>
public static class ReplicaProcesses
{
    public static async Task<IReadOnlyList<int>> RunningAsync(DistributedApplication app, string resource, int expected, CancellationToken ct)
    {
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var pids = new Dictionary<string, int>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        // WatchAsync first replays every resource's latest snapshot, then follows changes.
        await foreach (var e in notifications.WatchAsync(timeout.Token))
        {
            if (e.Resource.Name != resource) continue;
            var pid = e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString();
            if (e.Snapshot.State?.Text == KnownResourceStates.Running && int.TryParse(pid, out var id)) pids[e.ResourceId] = id;
            else pids.Remove(e.ResourceId);
            if (pids.Count >= expected) return [.. pids.Values];
        }
        throw new TimeoutException($"{resource}: {pids.Count} of {expected} replicas running.");
    }

    /// <summary>Kills the process and its children after checking it runs <paramref name="project"/> (never another
    /// helper's process). The tree: Aspire starts a project as `dotnet run`, whose child is the service itself.</summary>
    public static void Kill(int pid, string project)
    {
        var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        if (!commandLine.Contains(project, StringComparison.Ordinal))
            throw new InvalidOperationException($"Process {pid} is not {project}: {commandLine}");
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        var children = File.Exists($"/proc/{pid}/task/{pid}/children") ? File.ReadAllText($"/proc/{pid}/task/{pid}/children").Trim() : "";
        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (children.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Alive))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new InvalidOperationException($"A child of {project} ({pid}) is still running.");
            Thread.Sleep(100);
        }
    }

    private static bool Alive(string pid)
    {
        try { return !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal); }
        catch (IOException) { return false; }
    }
}

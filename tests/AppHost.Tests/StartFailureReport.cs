using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Segmentation.AppHost.Tests;

/// <summary>When the AppHost does not come up, says why: every resource's state and exit code, and the last log
/// lines of each one that is not running. CI shows only the end of the output, so it goes into the exception.</summary>
internal static class StartFailureReport
{
    private const int LogLinesPerResource = 12;

    public static async Task<string> DescribeAsync(DistributedApplication app)
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var report = new StringBuilder();
        foreach (var resource in model.Resources)
        {
            var snapshot = await CurrentAsync(notifications, resource.Name);
            var state = snapshot?.State?.Text ?? "unknown";
            report.Append("\n  ").Append(resource.Name).Append(": ").Append(state)
                .Append(snapshot?.ExitCode is { } code ? $" (exit {code})" : "");
            if (state is "Running" or "Finished" || snapshot?.ExitCode == 0) continue;
            foreach (var line in await TailAsync(logs, resource.Name))
                report.Append("\n    | ").Append(line);
        }
        return report.ToString();
    }

    private static async Task<CustomResourceSnapshot?> CurrentAsync(ResourceNotificationService notifications, string name)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try { return (await notifications.WaitForResourceAsync(name, _ => true, cts.Token)).Snapshot; }
        catch (OperationCanceledException) { return null; }
    }

    private static async Task<List<string>> TailAsync(ResourceLoggerService logs, string name)
    {
        var lines = new List<string>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var batch in logs.GetAllAsync(name).WithCancellation(cts.Token))
                lines.AddRange(batch.Select(l => l.Content.Length > 300 ? l.Content[..300] : l.Content));
        }
        catch (OperationCanceledException) { }
        return lines.TakeLast(LogLinesPerResource).ToList();
    }
}

using System.Diagnostics;

namespace Segmentation.TestSupport;

/// <summary>Runs PostgreSQL's programs as the 'postgres' OS user when the tests run as root.</summary>
internal static class AsServerUser
{
    private const string User = "postgres";

    private static bool IsRoot => Environment.UserName == "root";

    public static void GiveOwnership(string directory)
    {
        if (IsRoot) RunQuietly("chown", ["-R", $"{User}:{User}", directory]);
    }

    public static Process Start(string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (IsRoot)
        {
            info.FileName = "setpriv";
            foreach (var a in new[] { $"--reuid={User}", $"--regid={User}", "--init-groups", program }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = program;
        }
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task RunToCompletionAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        using var process = Start(program, arguments);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}.");
    }

    public static void Signal(int pid, string signal) => RunQuietly("kill", [$"-{signal}", pid.ToString()]);

    private static void RunQuietly(string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.WaitForExit();
    }
}

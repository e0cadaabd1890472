namespace Segmentation.Faults.Processes;

/// <summary>VmRSS (resident now) and VmHWM (peak resident, "high water mark") from /proc/PID/status, in MiB.</summary>
public sealed record ProcessMemory(double RssMiB, double PeakRssMiB)
{
    public static ProcessMemory Of(int pid)
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = KiB(line) / 1024.0;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = KiB(line) / 1024.0;
        }
        return new ProcessMemory(rss, peak);
    }

    private static long KiB(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}

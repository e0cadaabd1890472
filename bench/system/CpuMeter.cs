namespace Segmentation.Bench.System;

/// <summary>CPU time (user + system) each process used, from /proc/PID/stat, in ms. PostgreSQL counts
/// the postmaster, its live backends and the backends that already exited (cutime/cstime). On a
/// machine shared with other work, CPU per request is steadier than requests per second.</summary>
public static class CpuMeter
{
    private const double MsPerTick = 10; // USER_HZ = 100 on Linux

    public static Dictionary<string, double> Read(IEnumerable<(string Name, int Pid)> services, int postmaster)
    {
        var result = services.ToDictionary(s => s.Name, s => Ticks(s.Pid, children: false) * MsPerTick);
        var postgres = Ticks(postmaster, children: true);
        var list = $"/proc/{postmaster}/task/{postmaster}/children";
        if (File.Exists(list))
            foreach (var child in File.ReadAllText(list).Split(' ', StringSplitOptions.RemoveEmptyEntries)) postgres += Ticks(int.Parse(child), children: false);
        result["PostgreSQL"] = postgres * MsPerTick;
        return result;
    }

    public static Dictionary<string, double> PerRequest(Dictionary<string, double> before, Dictionary<string, double> after, long requests) =>
        after.ToDictionary(a => a.Key, a => (a.Value - before.GetValueOrDefault(a.Key)) / Math.Max(1, requests));

    private static long Ticks(int pid, bool children)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ": field 3 is index 0, so utime (14) = 11, stime = 12, cutime = 13, cstime = 14.
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return children ? ticks + long.Parse(fields[13]) + long.Parse(fields[14]) : ticks;
        }
        catch (IOException) { return 0; }
    }
}

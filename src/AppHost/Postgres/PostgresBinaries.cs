namespace Segmentation.AppHost.Postgres;

/// <summary>Debian's PostgreSQL server binaries: Postgres:BinDirectory, else the newest /usr/lib/postgresql/N/bin.</summary>
public static class PostgresBinaries
{
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "bin", "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql. Run ./run.sh (it installs them), " +
            "set Postgres:BinDirectory, or choose Postgres:Mode=container or external.");
    }
}

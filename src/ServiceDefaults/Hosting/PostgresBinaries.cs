namespace Segmentation.ServiceDefaults.Hosting;

/// <summary>Finds Debian's PostgreSQL server binaries for local hosting (the AppHost's executable mode,
/// the test fixture, the benchmarks): a configured directory, else POSTGRES_BIN, else the newest
/// /usr/lib/postgresql/N/bin.</summary>
public static class PostgresBinaries
{
    public static string Directory(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var fromEnvironment = Environment.GetEnvironmentVariable("POSTGRES_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        const string root = "/usr/lib/postgresql";
        var candidate = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "bin", "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault()
            : null;
        return candidate ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql. Run ./run.sh or ./test.sh " +
            "(they install them), set POSTGRES_BIN or Postgres:BinDirectory, or use Postgres:Mode=container or external.");
    }
}

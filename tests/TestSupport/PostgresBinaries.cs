namespace Segmentation.TestSupport;

/// <summary>Finds Debian's PostgreSQL server binaries (the newest major under /usr/lib/postgresql).</summary>
public static class PostgresBinaries
{
    public static string Directory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("POSTGRES_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        const string root = "/usr/lib/postgresql";
        var candidate = System.IO.Directory.Exists(root)
            ? System.IO.Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return candidate ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql; run ./test.sh (it installs them) or set POSTGRES_BIN.");
    }
}

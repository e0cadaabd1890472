using System.Reflection;
using DbUp.Engine;

namespace Segmentation.Migrator;

/// <summary>The SQL files of db/ embedded in this assembly, by folder, in file-name order.</summary>
public static class MigrationScripts
{
    private static readonly Assembly Assembly = typeof(MigrationScripts).Assembly;

    public static IReadOnlyList<SqlScript> Migrations => Load("migrations", ".sql");

    public static IReadOnlyList<SqlScript> Rollback => Load("rollback", ".sql");

    public static IReadOnlyList<VerifyQuery> Verify =>
        Load("verify", ".sql").Select(q => new VerifyQuery(q.Name, q.Contents, Read($"verify/{q.Name}.expected"))).ToArray();

    /// <summary>Scripts named by file name without extension, which is also what the journal records.</summary>
    private static SqlScript[] Load(string folder, string extension) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SqlScript(Path.GetFileNameWithoutExtension(n), Read(n)))
            .ToArray();

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

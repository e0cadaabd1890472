namespace Segmentation.Deploy.Tests;

/// <summary>Paths in the repository the test assembly was built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Segmentation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Segmentation.sln not found above " + AppContext.BaseDirectory);
    }
}

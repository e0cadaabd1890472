using System.Reflection;

namespace Segmentation.Faults.Processes;

/// <summary>Where the built services are: src/NAME/bin/CONFIGURATION/net10.0/NAME.dll, as recorded at build time.</summary>
public static class Repository
{
    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");

    public static string Root => Metadata("RepositoryRoot");

    public static string ServiceDll(string project)
    {
        var dll = Path.Combine(Root, "src", project, "bin", Metadata("ServicesConfiguration"), "net10.0", project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built.", dll);
    }
}

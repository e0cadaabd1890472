namespace Segmentation.Migrator;

public static class ConnectionSettings
{
    public const string EnvironmentVariable = "ConnectionStrings__segmentation";

    /// <summary>--connection wins over the environment variable Aspire sets.</summary>
    public static string? Resolve(string? fromCommandLine)
    {
        if (!string.IsNullOrWhiteSpace(fromCommandLine)) return fromCommandLine;
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
    }
}

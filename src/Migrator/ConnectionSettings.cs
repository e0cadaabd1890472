namespace Segmentation.Migrator;

public static class ConnectionSettings
{
    public const string EnvironmentVariable = "ConnectionStrings__segmentation";

    /// <summary>--connection wins over the environment variable Aspire sets.</summary>
    public static string? Resolve(string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        if (index >= 0 && index + 1 < args.Length) return args[index + 1];
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
    }
}

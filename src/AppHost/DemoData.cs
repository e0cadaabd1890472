using Microsoft.Extensions.Configuration;
using Segmentation.AppHost.Postgres;

namespace Segmentation.AppHost;

/// <summary>The demo data set (SPEC §10) is loaded into the local executable database only, and only
/// when it is empty; against a container or external database only when DemoData:Enabled=true.</summary>
public static class DemoData
{
    /// <summary>Generated CSE names (the real ones are not public). The first gets a printed token.</summary>
    public static readonly string[] Cses = ["Priya Nair", "Tom Fletcher", "Mei Lin Tan", "Daniel Okafor"];

    public static bool IsEnabled(IConfiguration configuration, AppHostSettings settings) =>
        configuration.GetValue<bool?>("DemoData:Enabled") ?? settings.PostgresMode == PostgresMode.Executable;

    /// <summary>Always names `up`: the migrator has no default command (no command is a usage error).</summary>
    public static string[] MigratorArgs(IConfiguration configuration, AppHostSettings settings) =>
        IsEnabled(configuration, settings) ? ["up", "--demo-data", "--demo-cses", string.Join(',', Cses)] : ["up"];
}

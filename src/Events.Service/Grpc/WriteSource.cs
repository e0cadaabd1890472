using Grpc.Core;

namespace Segmentation.Events.Grpc;

/// <summary>The <c>source</c> of a scheduled event. Both choices describe the same verified caller, so a
/// caller may pick between them with the metadata <see cref="Header"/> (the gateway sends "dashboard" for
/// the dashboard's own calls); "import" is set only by ImportEvents and "demo" only by the Migrator's
/// demo loader, so nobody can claim either.</summary>
public static class WriteSource
{
    public const string Header = "segmentation-source";
    public const string Dashboard = "dashboard";
    public const string Api = "api";

    public static string Of(ServerCallContext context) =>
        string.Equals(context.RequestHeaders.GetValue(Header), Dashboard, StringComparison.Ordinal) ? Dashboard : Api;
}

using Grpc.Core;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>The dashboard marks its own calls with <see cref="Header"/>; the gateway passes that on to
/// Events as the metadata that chooses source "dashboard" instead of "api" for a scheduled event. Both
/// describe the same verified user, so letting a caller choose is harmless; "import" and "demo" cannot
/// be chosen this way (Events.Service WriteSource).</summary>
public static class DashboardCall
{
    public const string Header = "X-Segmentation-Client";

    /// <summary>The metadata key Events.Service reads (WriteSource.Header there).</summary>
    public const string SourceMetadata = "segmentation-source";

    public static Metadata SourceOf(HttpContext http)
    {
        var fromDashboard = string.Equals(http.Request.Headers[Header].ToString(), "dashboard", StringComparison.OrdinalIgnoreCase);
        return new Metadata { { SourceMetadata, fromDashboard ? "dashboard" : "api" } };
    }
}

namespace Segmentation.Gateway.Limits;

/// <summary>Configuration section "Gateway:Limits": the largest request targets and bodies the gateway reads.</summary>
public sealed class GatewayLimits
{
    public const string Section = "Gateway:Limits";

    /// <summary>JSON bodies: a schedule or an update is a few hundred bytes; 256 KiB leaves room for long notes.</summary>
    public long JsonBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Imports: 100,000 CSV rows of about 150 bytes are 15 MB; 32 MiB admits that with long notes
    /// and stays under the largest file Events accepts (Events:MaxImportBytes, 64 MiB).</summary>
    public long ImportBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Path and query, as sent: the longest real one (a search, a client name, a page token) is a few
    /// hundred characters; 4,096 stays under Kestrel's 8 KiB request line, so the API answers 414 itself.</summary>
    public int UrlLength { get; set; } = 4096;
}

namespace Segmentation.Compliance.Grpc;

/// <summary>Where the next portfolio page starts. It keeps the first page's year and asOf, so a
/// listing that crosses midnight stays one consistent snapshot date. <see cref="After"/> is the last
/// client shown.</summary>
internal sealed record PortfolioCursor(int Year, string AsOf, string? After);

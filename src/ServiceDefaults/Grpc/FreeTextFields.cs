namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Proto field names whose strings are free text people write in several lines (notes, reasons,
/// descriptions): they may hold \n, \r and \t. Every other string (names, identifiers, codes, dates,
/// locations, attendees, tokens) is one line. A field counts as free text when any segment of its path
/// has one of these names, so a wrapper (google.protobuf.StringValue notes) is covered too.</summary>
public static class FreeTextFields
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "notes", "reason", "description",
    };
}

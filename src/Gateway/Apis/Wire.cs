using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Segmentation.Gateway.Apis;

/// <summary>Conversions between REST values and proto fields. Proto strings cannot be null (an empty
/// string means "not given"), and dates travel as "YYYY-MM-DD" strings both ways.</summary>
public static class Wire
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Text(string? value) => value ?? "";

    /// <summary>An empty proto string is JSON null: "no completion date", not "the empty date".</summary>
    public static string? Optional(string value) => value.Length == 0 ? null : value;

    public static DateTimeOffset? Time(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();

    /// <summary>null elements become "" so the service reports them as invalid instead of a null crashing the call.</summary>
    public static IEnumerable<string> Texts(IEnumerable<string?>? values) => values?.Select(Text) ?? [];

    /// <summary>Route values keep an encoded slash ("NCS%2FMinDef"); client names may contain one.</summary>
    public static string RouteName(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}

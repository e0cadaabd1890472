using Segmentation.TestSupport;

namespace Segmentation.Adversarial.Tests.Values;

/// <summary>A plausible value for a field or parameter, by its name, so that each bad input changes one
/// thing and reaches past the first "missing field" check. Names are compared without case or '_'.</summary>
public static class SampleValues
{
    /// <summary>The event the fixture schedules, for routes and RPCs that take an event id.</summary>
    public static string EventId { get; set; } = "6f1c1a52-8a0e-4d0a-9a55-000000000001";

    public const string Date = "2025-06-30";

    public static string Normal(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>A text sample, or null when the name is not one we know.</summary>
    public static string? Text(string name) => Normal(name) switch
    {
        "clientname" or "client" => TestData.AnaClient,
        "clientnames" or "names" => TestData.AnaClient,
        "segment" or "fromsegment" or "tosegment" => "Maintain",
        "cse" or "csename" or "newcse" => TestData.Ana,
        "eventcode" or "code" => "SAT_PLAN",
        "id" or "eventid" => EventId,
        "priority" or "prioritylevel" => "high",
        "reason" or "notes" or "note" => "checked",
        "completedby" => TestData.Ana,
        "alias" => "Barwon",
        "name" => "Adversarial Client",
        _ => IsDate(name) ? Date : null,
    };

    public static long? Number(string name) => Normal(name) switch
    {
        "year" => 2025,
        "pagesize" => 10,
        "requiredcountperyear" or "requiredcount" => 2,
        _ => null,
    };

    /// <summary>Dates travel as strings; their names say so.</summary>
    public static bool IsDate(string name)
    {
        var n = Normal(name);
        return n.Contains("date", StringComparison.Ordinal) || n is "asof" or "from" or "to" or "since" or "segmentsince"
            || n.StartsWith("effective", StringComparison.Ordinal);
    }

    public static bool IsPageToken(string name) => Normal(name).EndsWith("token", StringComparison.Ordinal);
}

using System.Text.Json;

namespace Segmentation.Faults.Load;

/// <summary>One schedule request. Specs made by <see cref="Of"/> never collide on (client, type, date).</summary>
public sealed record ScheduleSpec(string RequestId, string ClientName, string EventCode, DateOnly EventDate)
{
    public static readonly string[] Codes =
    [
        "PGL_ENGAGE", "EVP_ENGAGE", "STRAT_OPS", "SAT_PLAN", "SLA_REVIEW", "CE_ONSITE",
        "INSIGHT_TP", "HEALTH_CHECK", "RELEASE_PLAN", "WHITESPACE", "CLIENT_FORUM", "UPDATE_360",
    ];

    /// <summary>The index-th unique spec over <paramref name="clients"/> × 12 types × days from 2027-01-01.</summary>
    public static ScheduleSpec Of(string run, int index, IReadOnlyList<string> clients) => new(
        $"{run}-{index}",
        clients[index % clients.Count],
        Codes[index / clients.Count % Codes.Length],
        new DateOnly(2027, 1, 1).AddDays(index / (clients.Count * Codes.Length)));

    public string Json() => JsonSerializer.Serialize(new
    {
        clientName = ClientName, eventCode = EventCode, eventDate = EventDate.ToString("yyyy-MM-dd"), requestId = RequestId,
    });
}

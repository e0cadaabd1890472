using System.Text;

namespace Segmentation.Bench.Import;

/// <summary>Writes a synthetic activity register: unique (client, event, date) rows, event given by
/// code or by full name, dates as ISO or day-first text, about half completed, some notes.</summary>
public static class RegisterGenerator
{
    private static readonly (string Code, string Name)[] Types =
    [
        ("PGL_ENGAGE", "President/Group Leader Engagement (in person)"), ("EVP_ENGAGE", "EVP Engagement"),
        ("STRAT_OPS", "Strategic Ops Plan (Partnership) Meeting"), ("SAT_PLAN", "Satisfaction Action Plan"),
        ("SLA_REVIEW", "SLA/Service Review Meeting"), ("CE_ONSITE", "CE On-Site Attendance"),
        ("INSIGHT_TP", "Insight Touch Point"), ("HEALTH_CHECK", "Health Check (Opal)"),
        ("RELEASE_PLAN", "Upcoming Release Planning"), ("WHITESPACE", "Whitespace Demos (Sunrise)"),
        ("CLIENT_FORUM", "APAC Client Forum / User Group"), ("UPDATE_360", "Updating Client 360"),
    ];

    public static IReadOnlyList<string> ClientNames(int count) =>
        Enumerable.Range(1, count).Select(i => $"Bench Health Service {i:D4}").ToArray();

    /// <summary>Rows are spread over clients × 12 types × dates so every row is unique.</summary>
    public static void Write(string path, int rows, IReadOnlyList<string> clients)
    {
        var start = new DateOnly(2025, 1, 1);
        var perClientAndType = (rows + clients.Count * Types.Length - 1) / (clients.Count * Types.Length);
        var step = Math.Max(1, 365 / Math.Max(1, perClientAndType));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("client,event,date,completed,notes\n");
        for (var i = 0; i < rows; i++)
        {
            var client = i % clients.Count;
            var type = i / clients.Count % Types.Length;
            var slot = i / (clients.Count * Types.Length);
            var date = start.AddDays(slot * step + (client + type) % step);
            var evt = i % 3 == 0 ? Types[type].Name : Types[type].Code;
            var dateText = i % 4 == 0 ? date.ToString("d/M/yyyy") : date.ToString("yyyy-MM-dd");
            var notes = i % 5 == 0 ? $"\"Generated note {i}, with a comma\"" : "";
            writer.Write($"{clients[client]},{evt},{dateText},{(i % 2 == 0 ? "yes" : "no")},{notes}\n");
        }
    }
}

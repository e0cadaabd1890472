using System.Globalization;
using System.Text.RegularExpressions;

namespace Segmentation.Bench.System;

/// <summary>wrk (Debian package) with a Lua script; parses requests/s, non-2xx count and latency percentiles.</summary>
public static partial class Wrk
{
    public sealed record Result(string Label, double RequestsPerSecond, long Requests, long Non2xx, long SocketErrors, string P50, string P99, string LoadAverage);

    public static async Task<Result> RunAsync(string label, Uri baseUrl, string lua, int connections, int threads, TimeSpan duration, string token)
    {
        var script = Path.Combine(Path.GetTempPath(), $"wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, lua);
        try
        {
            var output = await Tool.RunAsync(Tool.Find("wrk", "/usr/bin/wrk"),
                ["-t", threads.ToString(), "-c", connections.ToString(), "-d", $"{(int)duration.TotalSeconds}s", "--latency", "--timeout", "30s",
                 "-s", script, "-H", $"Authorization: Bearer {token}", baseUrl.ToString().TrimEnd('/')],
                duration + TimeSpan.FromSeconds(60));
            var load = await Tool.LoadAverageAsync();
            return new Result(label,
                double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(Requests().Match(output).Groups[1].Value),
                Non2xx().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value) : 0,
                SocketErrors().Matches(output).Sum(m => long.Parse(m.Groups[1].Value)),
                Percentile(output, "50%"), Percentile(output, "99%"), load);
        }
        finally { File.Delete(script); }
    }

    private static string Percentile(string output, string p) =>
        Regex.Match(output, $@"^\s+{Regex.Escape(p)}\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex RequestsPerSecond();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex Requests();
    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")] private static partial Regex Non2xx();
    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")] private static partial Regex SocketErrors();

    // Scripts pass no headers to wrk.format: that would replace wrk.headers, Authorization (-H) included.

    /// <summary>Numbers each wrk thread (global `tid`) so threads never generate the same request.</summary>
    private const string ThreadIds = """
        local threads = 0
        function setup(thread) thread:set("tid", threads); threads = threads + 1 end
        """;

    public static string Get(string path) => $$"""
        {{ThreadIds}}
        function request() return wrk.format("GET", "{{path}}") end
        """;

    /// <summary>GET /api/compliance/{client} over all clients in turn (each thread starts elsewhere).</summary>
    public static string ClientCompliance(int clients, int year, string asOf) => $$"""
        {{ThreadIds}}
        local i = 0
        function request()
          i = i + 1
          local c = (i * 7919 + tid * 4999) % {{clients}} + 1
          return wrk.format("GET", string.format("/api/compliance/Client%%20%05d?year={{year}}&asOf={{asOf}}", c))
        end
        """;

    /// <summary>POST /api/events/schedule: every request a new (client, type, date) and request id.</summary>
    public static string Schedule(int clients, int threads, string run) => $$"""
        {{ThreadIds}}
        wrk.headers["Content-Type"] = "application/json"
        local i = -1
        local codes = {"PGL_ENGAGE","EVP_ENGAGE","STRAT_OPS","SAT_PLAN","SLA_REVIEW","CE_ONSITE","INSIGHT_TP","HEALTH_CHECK","RELEASE_PLAN","WHITESPACE","CLIENT_FORUM","UPDATE_360"}
        function request()
          i = i + 1
          local g = i * {{threads}} + tid
          local client = g % {{clients}} + 1
          local code = codes[math.floor(g / {{clients}}) % 12 + 1]
          local day = math.floor(g / ({{clients}} * 12))
          local date = os.date("!%Y-%m-%d", os.time{year=2028, month=1, day=1 + day, hour=12})
          local body = string.format('{"clientName":"Client %05d","eventCode":"%s","eventDate":"%s","requestId":"{{run}}-%d"}', client, code, date, g)
          return wrk.format("POST", "/api/events/schedule", nil, body)
        end
        """;
}

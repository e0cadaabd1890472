using System.Text.RegularExpressions;

namespace Segmentation.Bench.System;

/// <summary>A service's SQL as a pgbench script line: Npgsql's @name parameters become pgbench expressions.</summary>
public static partial class PgScript
{
    /// <summary>An unknown parameter fails rather than being guessed.</summary>
    public static string Expressions(string sql, IReadOnlyDictionary<string, string> parameters) => NamedParameter().Replace(sql.Trim(), m =>
        parameters.TryGetValue(m.Groups[1].Value, out var e) ? e : throw new InvalidOperationException($"No pgbench value for @{m.Groups[1].Value}."));

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z_]\w*)")] private static partial Regex NamedParameter();
}

using System.Globalization;
using Segmentation.Compliance.Scoring;
using Segmentation.ServiceDefaults.Rules;

namespace Segmentation.Compliance.Tests.Scoring;

/// <summary>Small builders for scoring inputs. The assessment's deadline and months follow SPEC §5
/// (Requirements.Service computes them in production).</summary>
internal static class Given
{
    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IdOf(string code) => code.ToLowerInvariant() + "-id";

    public static ExpectedType Type(string code, int expected, string priority = PriorityLevels.Medium) =>
        new(IdOf(code), code, code + " name", expected, priority);

    public static ClientAssessment Assessment(string asOf, bool changed = false, int? year = null, params ExpectedType[] types)
    {
        var date = D(asOf);
        var y = year ?? date.Year;
        var deadline = changed ? new DateOnly(y + 1, 6, 30) : new DateOnly(y, 12, 31);
        return new ClientAssessment("Barwon Health", "Ana", "Maintain", y, date, new DateOnly(y, 1, 1), deadline,
            changed, Months.ToDeadline(deadline, date), types);
    }

    public static Dictionary<string, int> Counts(params (string Code, int Count)[] counts) =>
        counts.ToDictionary(c => IdOf(c.Code), c => c.Count);

    public static readonly Dictionary<string, int> None = [];

    /// <summary>A client with <paramref name="total"/> types of 1 expected event, the first
    /// <paramref name="compliant"/> of them done.</summary>
    public static ClientScore Score(int compliant, int total, string asOf, bool changed = false, int? year = null)
    {
        var types = Enumerable.Range(1, total).Select(i => Type($"T{i:00}", 1)).ToArray();
        var done = types.Take(compliant).Select(t => (t.Code, 1)).ToArray();
        return ComplianceCalculator.Score(Assessment(asOf, changed, year, types), Counts(done));
    }
}

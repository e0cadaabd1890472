using System.Globalization;

namespace Segmentation.Bench.System;

/// <summary>The samples of each figure for one column of the results (a user at a width), in the order
/// they were first measured; reported as median and max.</summary>
public sealed class DashboardFigures(string column)
{
    private readonly List<(string Figure, List<double> Samples)> _figures = [];

    public string Column => column;

    public IEnumerable<string> Names => _figures.Select(f => f.Figure);

    public void Add(string figure, double value)
    {
        var entry = _figures.FirstOrDefault(f => f.Figure == figure);
        if (entry.Samples is null) _figures.Add(entry = (figure, []));
        entry.Samples.Add(value);
    }

    public IReadOnlyList<double> Samples(string figure) => _figures.FirstOrDefault(f => f.Figure == figure).Samples ?? [];

    /// <summary>"median / max (n)"; whole numbers for counts, one decimal for MiB.</summary>
    public string Cell(string figure)
    {
        var s = Samples(figure).Order().ToArray();
        if (s.Length == 0) return "–";
        var median = s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
        var format = figure.Contains("MiB", StringComparison.Ordinal) ? "N1" : "N0";
        return $"{median.ToString(format, CultureInfo.InvariantCulture)} / {s[^1].ToString(format, CultureInfo.InvariantCulture)}";
    }
}

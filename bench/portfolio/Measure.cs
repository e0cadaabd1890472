using System.Diagnostics;

namespace Segmentation.Bench.Portfolio;

/// <summary>Median wall time of several runs after one warm-up run.</summary>
public static class Measure
{
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> run)
    {
        await run();
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed);
        }
        return times.Order().ElementAt(runs / 2);
    }

    public static string Ms(TimeSpan t) => $"{t.TotalMilliseconds,9:N0} ms";
}

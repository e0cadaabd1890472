using System.Text;

namespace Segmentation.Bench.System;

/// <summary>Collects lines for the console and for bench/results/DATE.md.</summary>
public sealed class Report
{
    private readonly StringBuilder _markdown = new();

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        _markdown.AppendLine(text);
    }

    public void Log(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");

    public void Table(string[] header, IEnumerable<string[]> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows) Line("| " + string.Join(" | ", row) + " |");
        Line();
    }

    public async Task<string> SaveAsync(string directory, string suffix = "")
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyy-MM-dd}{suffix}.md");
        await File.WriteAllTextAsync(path, _markdown.ToString());
        return path;
    }
}

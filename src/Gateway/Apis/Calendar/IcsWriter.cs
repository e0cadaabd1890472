using System.Text;

namespace Segmentation.Gateway.Apis.Calendar;

/// <summary>RFC 5545 content lines: CRLF endings, TEXT escaping (backslash, semicolon, comma, newline) and folding at
/// 75 octets (a continuation line starts with one space), never inside a UTF-8 sequence.</summary>
public sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    public IcsWriter Line(string name, string value)
    {
        Fold(name + ":" + value);
        return this;
    }

    public IcsWriter Text(string name, string? value) => value is null ? this : Line(name, Escape(value));

    public override string ToString() => _text.ToString();

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    private void Fold(string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
    }
}

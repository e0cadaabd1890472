using System.Text;

namespace Segmentation.Adversarial.Tests.Rest;

/// <summary>Percent-encodes any string for a path segment or query value, lone surrogates included
/// (as the three bytes a careless encoder would send), which Uri.EscapeDataString refuses to do.</summary>
public static class UrlText
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') builder.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                Append(builder, Encoding.UTF8.GetBytes(value.Substring(i++, 2)));
            else if (char.IsSurrogate(c))
                Append(builder, [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            else Append(builder, Encoding.UTF8.GetBytes(c.ToString()));
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, byte[] bytes)
    {
        foreach (var b in bytes) builder.Append('%').Append(b.ToString("X2"));
    }
}

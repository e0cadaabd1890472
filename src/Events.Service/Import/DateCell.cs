namespace Segmentation.Events.Import;

/// <summary>A date as the file holds it: text, or (from .xlsx) an Excel serial day number.</summary>
public readonly record struct DateCell(string Text, double? Serial)
{
    public static DateCell OfText(string text) => new(text, null);
    public static DateCell OfSerial(double serial, string raw) => new(raw, serial);
}

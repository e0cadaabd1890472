namespace Segmentation.Events.Import;

/// <summary>Excel's 1900 date system: serial 1 = 1900-01-01, with the fictitious 1900-02-29 at 60, so
/// from serial 61 on, day N is 1899-12-30 + N days. Pure day arithmetic: no DateTime, no time zone.</summary>
public static class ExcelSerialDate
{
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>The calendar day of a serial (any time-of-day fraction dropped); null when it is no date.</summary>
    public static DateOnly? ToDate(double serial)
    {
        if (!double.IsFinite(serial) || serial < 61 || serial >= 2_958_466) return null;
        return Epoch.AddDays((int)Math.Floor(serial));
    }
}

using Segmentation.ServiceDefaults.Text;
using Segmentation.Events.Domain;
using Segmentation.Events.Import;

namespace Segmentation.Events.Tests;

/// <summary>Pure parsing rules, no I/O.</summary>
public sealed class DateParsingTests
{
    [Theory]
    [InlineData(45658.0, "2025-01-01")]
    [InlineData(45658.999, "2025-01-01")]
    [InlineData(43831.0, "2020-01-01")]
    [InlineData(61.0, "1900-03-01")]
    [InlineData(47848.0, "2030-12-31")]
    public void An_excel_serial_is_a_calendar_day(double serial, string expected) =>
        Assert.Equal(expected, CalendarDates.Format(ExcelSerialDate.ToDate(serial)!.Value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(3e7)]
    public void A_number_that_is_no_serial_date_is_rejected(double serial) => Assert.Null(ExcelSerialDate.ToDate(serial));

    [Theory]
    [InlineData("2025-03-04", "2025-03-04")]
    [InlineData("4/3/2025", "2025-03-04")]
    [InlineData("04/03/2025", "2025-03-04")]
    [InlineData("4 Mar 2025", "2025-03-04")]
    [InlineData("4-March-2025", "2025-03-04")]
    [InlineData("2025-03-04 00:00:00", "2025-03-04")]
    [InlineData("2025-03-04T23:30:00+11:00", "2025-03-04")]
    [InlineData("4/3/2025 9:15 PM", "2025-03-04")]
    public void Text_dates_are_read_day_first(string text, string expected) =>
        Assert.Equal(expected, CalendarDates.Format(TextDate.Parse(text)!.Value));

    [Theory]
    [InlineData("")]
    [InlineData("31/02/2025")]
    [InlineData("next week")]
    [InlineData("45658")]
    public void Text_that_is_no_date_is_rejected(string text) => Assert.Null(TextDate.Parse(text));

    [Fact]
    public void Attendees_are_deduplicated_case_insensitively_keeping_the_first_spelling()
    {
        var (values, problems) = Attendees.Normalize(["Ann@Example.com", "ann@example.COM", " bob@example.org", "bad@", "x y@example.com"]);

        Assert.Equal(["Ann@Example.com", "bob@example.org"], values);
        Assert.Equal(2, problems.Count);
    }
}

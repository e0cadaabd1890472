namespace Segmentation.Faults;

/// <summary>Short form in the test suite; FAULT_TESTS_LONG=1 (bench/faults.sh) runs the long form.</summary>
public static class FaultScale
{
    public static bool Long => Environment.GetEnvironmentVariable("FAULT_TESTS_LONG") == "1";

    public static int Pick(int shortForm, int longForm) => Long ? longForm : shortForm;

    public static TimeSpan Seconds(int shortForm, int longForm) => TimeSpan.FromSeconds(Pick(shortForm, longForm));
}

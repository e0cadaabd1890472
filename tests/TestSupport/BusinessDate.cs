using Microsoft.Extensions.Configuration;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.TestSupport;

/// <summary>Today by the services' own <see cref="BusinessClock"/> (default zone, real clock), for tests against a
/// running system: the machine's date is a day behind it every UTC afternoon.</summary>
public static class BusinessDate
{
    private static readonly BusinessClock Clock = new(TimeProvider.System, new ConfigurationBuilder().Build());

    public static DateOnly Today => Clock.Today();
}

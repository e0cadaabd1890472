using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Segmentation.ServiceDefaults.Time;

public static class BusinessClockExtensions
{
    /// <summary>The system clock and the business clock over it. TryAdd: a test host that fixed
    /// <see cref="TimeProvider"/> first keeps its clock.</summary>
    public static TBuilder AddBusinessClock<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<BusinessClock>();
        return builder;
    }
}

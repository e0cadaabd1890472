using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Segmentation.ServiceDefaults.Grpc;

public static class PageTokenExtensions
{
    private const int MinimumKeyLength = 32;

    /// <summary>Registers the <see cref="PageTokenCodec"/> with PageTokens:Key. Outside Development a
    /// missing or short key stops the start; in Development a missing key gets a random per-process key
    /// (with a warning), good only for one process: the AppHost always passes a shared one.</summary>
    public static IHostApplicationBuilder AddSegmentationPageTokens(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PageTokenOptions.Section).Get<PageTokenOptions>() ?? new PageTokenOptions();
        var configured = !string.IsNullOrWhiteSpace(options.Key);
        if (configured && options.Key.Length < MinimumKeyLength)
            throw new InvalidOperationException($"PageTokens:Key must have at least {MinimumKeyLength} characters.");
        if (!configured && !builder.Environment.IsDevelopment())
            throw new InvalidOperationException("PageTokens:Key is required: every replica of a service must sign page tokens with the same key.");
        var key = configured ? Encoding.UTF8.GetBytes(options.Key) : RandomNumberGenerator.GetBytes(32);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            if (!configured)
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PageTokenCodec)).LogWarning(
                    "PageTokens:Key is not set: using a random key for this process only; page tokens will not survive a restart or work across replicas.");
            return new PageTokenCodec(key, sp.GetRequiredService<TimeProvider>(), TimeSpan.FromMinutes(Math.Max(1, options.LifetimeMinutes)));
        });
        return builder;
    }
}

using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;
using Segmentation.ServiceDefaults;

namespace Segmentation.Gateway.Tests;

/// <summary>Telemetry is recorded only when there is somewhere to send it: with an OTLP endpoint (Aspire's dashboard,
/// an operator's collector) the tracer and its exporter are set up; without one no request pays for activities.</summary>
public sealed class TelemetryTests
{
    [Theory]
    [InlineData("http://localhost:4317", true)]
    [InlineData(null, false)]
    public void A_tracer_exists_only_with_an_otlp_endpoint(string? endpoint, bool traced)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;

        using var host = builder.ConfigureOpenTelemetry().Build();

        Assert.Equal(traced, host.Services.GetService(typeof(TracerProvider)) is not null);
    }
}

using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Segmentation.Gateway.Health;

/// <summary>Asks one service's grpc.health.v1 endpoint whether it is serving, over the very handler
/// chain (service discovery, or a test's in-memory host) of the gateway's typed client for it,
/// so /health is not green while a service the routes depend on is down.</summary>
public sealed class DownstreamHealthCheck(
    string clientName, IHttpMessageHandlerFactory handlers, IOptionsMonitor<GrpcClientFactoryOptions> clients) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var address = clients.Get(clientName).Address ?? throw new InvalidOperationException($"No address for {clientName}.");
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = handlers.CreateHandler(clientName),
            DisposeHttpClient = false,
        });
        try
        {
            var reply = await new Grpc.Health.V1.Health.HealthClient(channel)
                .CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(Timeout), cancellationToken: cancellationToken);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{reply.Status}");
        }
        catch (Grpc.Core.RpcException ex)
        {
            // Only the status code: the message may carry an internal address.
            return HealthCheckResult.Unhealthy(ex.StatusCode.ToString());
        }
    }
}

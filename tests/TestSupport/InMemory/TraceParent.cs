using System.Diagnostics;

namespace Segmentation.TestSupport.InMemory;

/// <summary>Writes the current activity's W3C trace context into an outgoing request, as the socket handler's
/// DiagnosticsHandler would: in-memory handlers skip it, and the next host must join the same trace.</summary>
public sealed class TraceParent(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public static void Inject(HttpRequestMessage request)
    {
        if (Activity.Current is not { } activity || request.Headers.Contains("traceparent")) return;
        DistributedContextPropagator.Current.Inject(activity, request, static (carrier, key, value) =>
        {
            if (carrier is HttpRequestMessage r && value is not null) r.Headers.TryAddWithoutValidation(key, value);
        });
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Inject(request);
        return base.SendAsync(request, cancellationToken);
    }
}

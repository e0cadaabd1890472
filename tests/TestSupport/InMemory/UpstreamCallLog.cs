using System.Diagnostics;

namespace Segmentation.TestSupport.InMemory;

/// <summary>Every gRPC call one in-memory host made to another, in order: which host called, the method path
/// ("/segmentation.events.v1.EventsService/StreamCompletedCounts") and the trace it belongs to. Tests count
/// calls with it. It also passes the trace on (traceparent): the in-memory handler has no DiagnosticsHandler,
/// and without it each host would start a new trace and a request's calls could not be told apart.</summary>
public sealed class UpstreamCallLog
{
    private readonly List<(string Caller, string Path, ActivityTraceId Trace)> _calls = [];

    public IReadOnlyList<(string Caller, string Path)> All { get { lock (_calls) return [.. _calls.Select(c => (c.Caller, c.Path))]; } }

    /// <summary>Paths called by <paramref name="caller"/> on methods of <paramref name="service"/> (e.g. "RequirementsService").</summary>
    public IReadOnlyList<string> Paths(string caller, string service) =>
        [.. All.Where(c => c.Caller == caller && c.Path.Contains($".{service}/", StringComparison.Ordinal)).Select(c => c.Path)];

    /// <summary>"Caller → path" of every call made inside <paramref name="trace"/>.</summary>
    public IReadOnlyList<string> InTrace(ActivityTraceId trace)
    {
        lock (_calls) return [.. _calls.Where(c => c.Trace == trace).Select(c => $"{c.Caller} → {c.Path}")];
    }

    public void Reset() { lock (_calls) _calls.Clear(); }

    public HttpMessageHandler Wrap(string caller, HttpMessageHandler inner) => new Recording(this, caller, inner);

    private sealed class Recording(UpstreamCallLog log, string caller, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            TraceParent.Inject(request);
            lock (log._calls) log._calls.Add((caller, request.RequestUri!.AbsolutePath, Activity.Current?.TraceId ?? default));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

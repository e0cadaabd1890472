namespace Segmentation.TestSupport.InMemory;

/// <summary>Every gRPC call one in-memory host made to another, in order: which host called and the
/// method path ("/segmentation.events.v1.EventsService/StreamCompletedCounts"). Tests count calls with it.</summary>
public sealed class UpstreamCallLog
{
    private readonly List<(string Caller, string Path)> _calls = [];

    public IReadOnlyList<(string Caller, string Path)> All { get { lock (_calls) return _calls.ToList(); } }

    /// <summary>Paths called by <paramref name="caller"/> on methods of <paramref name="service"/> (e.g. "RequirementsService").</summary>
    public IReadOnlyList<string> Paths(string caller, string service) =>
        [.. All.Where(c => c.Caller == caller && c.Path.Contains($".{service}/", StringComparison.Ordinal)).Select(c => c.Path)];

    public void Reset() { lock (_calls) _calls.Clear(); }

    public HttpMessageHandler Wrap(string caller, HttpMessageHandler inner) => new Recording(this, caller, inner);

    private sealed class Recording(UpstreamCallLog log, string caller, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (log._calls) log._calls.Add((caller, request.RequestUri!.AbsolutePath));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Counts the gRPC calls Compliance.Service makes to one upstream service, by method path.</summary>
public sealed class CallCounter
{
    private readonly List<string> _paths = [];

    public IReadOnlyList<string> Paths { get { lock (_paths) return _paths.ToList(); } }

    public void Reset() { lock (_paths) _paths.Clear(); }

    public HttpMessageHandler Wrap(HttpMessageHandler inner) => new Counting(this, inner);

    private sealed class Counting(CallCounter counter, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (counter._paths) counter._paths.Add(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

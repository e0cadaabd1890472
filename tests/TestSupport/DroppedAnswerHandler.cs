namespace Segmentation.TestSupport;

/// <summary>Loses answers on the way back: the first <paramref name="drops"/> responses are read to the
/// end (so the server has finished, and committed) and then thrown away, as when a connection breaks
/// after the server answered. The caller sees a transport error, exactly as a real client would.</summary>
public sealed class DroppedAnswerHandler(HttpMessageHandler inner, int drops = 1) : DelegatingHandler(inner)
{
    private int _drops = drops;

    public int Dropped { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Interlocked.Decrement(ref _drops) < 0) return response;
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        response.Dispose();
        Dropped++;
        throw new HttpRequestException("The answer was lost on the way back (test).");
    }
}

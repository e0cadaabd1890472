using System.Net;

namespace Segmentation.Gateway.Tests.Support;

/// <summary>A JSON body that promises <see cref="DeclaredLength"/> bytes and sends only the first
/// <paramref name="sent"/>, then (when <paramref name="fail"/>) breaks off with an I/O error, as a client
/// whose connection drops mid-upload does.</summary>
public sealed class BrokenContent(byte[] sent, long declaredLength, bool fail) : HttpContent
{
    public long DeclaredLength => declaredLength;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(sent);
        await stream.FlushAsync();
        if (fail) throw new IOException("The connection dropped mid-body.");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = declaredLength;
        return true;
    }
}

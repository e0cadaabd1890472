using Google.Protobuf;
using Grpc.Core;
using Segmentation.Events.V1;

namespace Segmentation.TestSupport;

/// <summary>Calls the streamed ImportEvents as the gateway does: the file in chunks, the first naming the
/// format and dry_run. Linked into the projects that reference Events' generated client.</summary>
public static class ImportStreaming
{
    public static async Task<ImportEventsResponse> ImportEventsAsync(this EventsService.EventsServiceClient client,
        ImportEventsRequest file, int chunkBytes = 64 * 1024, Metadata? headers = null)
    {
        using var call = client.ImportEvents(headers);
        var content = file.Content.Memory;
        // A clone keeps any field a test added that this message does not know.
        var first = file.Clone();
        first.Content = Chunk(content, chunkBytes);
        await call.RequestStream.WriteAsync(first);
        for (var at = chunkBytes; at < content.Length; at += chunkBytes)
            await call.RequestStream.WriteAsync(new ImportEventsRequest { Content = Chunk(content[at..], chunkBytes) });
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    private static ByteString Chunk(ReadOnlyMemory<byte> rest, int chunkBytes) =>
        ByteString.CopyFrom(rest.Span[..Math.Min(chunkBytes, rest.Length)]);

}

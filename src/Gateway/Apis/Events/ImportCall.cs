using Grpc.Core;
using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>Sends an upload to Events' streamed ImportEvents in chunks: the first message names the
/// format and dry_run, the rest carry content only. Events validates and copies each chunk as it comes.</summary>
public static class ImportCall
{
    private const int ChunkBytes = 256 * 1024;

    public static async Task<ImportEventsResponse> SendAsync(EventsService.EventsServiceClient events, ImportUpload upload, bool dryRun, CancellationToken ct)
    {
        using var call = events.ImportEvents(cancellationToken: ct);
        try
        {
            var buffer = new byte[ChunkBytes];
            var first = new ImportEventsRequest { Format = upload.Format, DryRun = dryRun };
            int read;
            while ((read = await upload.Content.ReadAsync(buffer, ct)) > 0)
            {
                var message = first ?? new ImportEventsRequest();
                message.Content = Google.Protobuf.ByteString.CopyFrom(buffer, 0, read);
                await call.RequestStream.WriteAsync(message, ct);
                first = null;
            }
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception ex) when (ex is RpcException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            // Events ended the call before the last chunk (a file it refuses as a whole): its status,
            // read below, says why.
        }
        return await call.ResponseAsync;
    }
}

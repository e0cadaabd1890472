using System.Threading.Channels;
using Npgsql;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Access;

namespace Segmentation.Gateway.Apis.Live;

/// <summary>Live push of what Requirements changes (issue 15 item 6): this gateway LISTENs on Requirements' directory
/// channel (<see cref="DirectoryChannel"/>, sent in the writing transaction) once a page listens. A client's change
/// (segment, CSE, alias, exclusion) goes to its CSE and the admins, the CSE resolved by Requirements per 25 ms batch
/// as for event changes; a segment's requirement edit goes to everyone (every page's scores may move). These have no
/// feed position: a page that was away reloads its data on reconnect anyway.</summary>
public sealed class DirectoryFeedListener(NpgsqlDataSource database, IServiceProvider services, LiveHub hub,
    ILogger<DirectoryFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(25);
    private readonly Channel<string> _notices = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try { await hub.Wanted.WaitAsync(stoppingToken); }
        catch (OperationCanceledException) { return; }
        await Task.WhenAll(ListenAsync(stoppingToken), PublishAsync(stoppingToken));
    }

    private Task ListenAsync(CancellationToken ct) =>
        DirectoryNotices.ListenAsync(database, new DirectoryNoticeHandlers(payload => _notices.Writer.TryWrite(payload)), logger, ct);

    private async Task PublishAsync(CancellationToken ct)
    {
        try
        {
            while (await _notices.Reader.WaitToReadAsync(ct))
            {
                await Task.Delay(Linger, ct);
                var batch = new List<string>();
                while (batch.Count < LiveCses.MaxBatch && _notices.Reader.TryRead(out var payload)) batch.Add(payload);
                try { foreach (var change in await DirectoryChanges.ResolveAsync(batch, Requirements(), ct)) hub.Publish(change); }
                catch (Grpc.Core.RpcException ex) { logger.LogWarning(ex, "Client changes not pushed: Requirements did not answer"); }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private RequirementsService.RequirementsServiceClient Requirements() => services.GetRequiredService<RequirementsService.RequirementsServiceClient>();
}

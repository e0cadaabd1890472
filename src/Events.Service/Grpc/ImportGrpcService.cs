using Grpc.Core;
using Segmentation.Events.Import;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: bulk import (Import/), streamed in chunks.</summary>
public sealed class ImportGrpcService(ImportService importer) : EventsService.EventsServiceBase
{
    public override Task<ImportEventsResponse> ImportEvents(IAsyncStreamReader<ImportEventsRequest> requestStream, ServerCallContext context) =>
        importer.ImportAsync(requestStream, context.Caller(), context.CancellationToken);
}

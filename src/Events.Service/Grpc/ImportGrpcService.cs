using Grpc.Core;
using Segmentation.Events.Import;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Events.Grpc;

/// <summary>EventsService: bulk import (Import/).</summary>
public sealed class ImportGrpcService(ImportService importer) : EventsService.EventsServiceBase
{
    public override Task<ImportEventsResponse> ImportEvents(ImportEventsRequest request, ServerCallContext context) =>
        importer.ImportAsync(request, context.Caller(), context.CancellationToken);
}

using Grpc.Core;
using Segmentation.Events.V1;

namespace Segmentation.Events.Grpc;

public sealed partial class EventsGrpcService
{
    public override Task<ImportEventsResponse> ImportEvents(ImportEventsRequest request, ServerCallContext context) =>
        importer.ImportAsync(request, CallerOf(context), context.CancellationToken);
}

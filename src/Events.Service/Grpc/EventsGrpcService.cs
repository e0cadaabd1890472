using Segmentation.Events.V1;

namespace Segmentation.Events.Grpc;

/// <summary>The gRPC face of Events.Service.</summary>
public sealed partial class EventsGrpcService : EventsService.EventsServiceBase
{
}

using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: the segments.</summary>
public sealed class SegmentsGrpcService(SegmentRepository segments) : RequirementsService.RequirementsServiceBase
{
    public override async Task<ListSegmentsResponse> ListSegments(ListSegmentsRequest request, ServerCallContext context)
    {
        var response = new ListSegmentsResponse();
        response.Segments.Add((await segments.ListAsync(context.CancellationToken)).Select(s => s.ToMessage()));
        return response;
    }
}

using Grpc.Core;
using Segmentation.Requirements.V1;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    public override async Task<ListSegmentsResponse> ListSegments(ListSegmentsRequest request, ServerCallContext context)
    {
        var response = new ListSegmentsResponse();
        response.Segments.Add((await segments.ListAsync(context.CancellationToken)).Select(s => s.ToMessage()));
        return response;
    }
}

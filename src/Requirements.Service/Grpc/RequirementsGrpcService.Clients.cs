using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Requirements.Grpc;

public sealed partial class RequirementsGrpcService
{
    /// <summary>Resolves names for other services. A CSE caller sees only own clients: another CSE's
    /// client answers found = false, exactly as if it did not exist.</summary>
    public override async Task<ResolveClientsResponse> ResolveClients(ResolveClientsRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User);
        var found = await clients.FindManyAsync(request.Names, context.CancellationToken);
        var response = new ResolveClientsResponse();
        foreach (var requested in request.Names)
        {
            var hit = found.GetValueOrDefault(requested.Trim());
            var visible = hit is not null && caller.CanSee(hit.Cse);
            response.Clients.Add(visible
                ? new ResolvedClient { Requested = requested, Found = true, Name = hit!.Name, Segment = hit.Segment, Cse = hit.Cse }
                : new ResolvedClient { Requested = requested, Found = false });
        }
        return response;
    }
}

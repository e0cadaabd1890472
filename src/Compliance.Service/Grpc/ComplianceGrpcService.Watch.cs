using Grpc.Core;
using Segmentation.Compliance.Live;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Compliance.Grpc;

public sealed partial class ComplianceGrpcService
{
    /// <summary>Issue point 6: live compliance of one client or of one CSE's clients.</summary>
    public override async Task WatchCompliance(WatchComplianceRequest request, IServerStreamWriter<ClientCompliance> responseStream,
        ServerCallContext context)
    {
        var validation = new Validation();
        var name = RequestFields.Optional(request.ClientName);
        var cse = RequestFields.Optional(request.Cse);
        if ((name is null) == (cse is null)) validation.Add("client_name", "Exactly one of client_name or cse is required.");
        var year = validation.Year(request.Year, clock.Today());
        validation.ThrowIfInvalid();
        var caller = CallerOf(context);
        if (cse is not null && !caller.IsAdmin && caller.Cse != cse)
            throw new PermissionDeniedException("A CSE may only watch own clients.");

        await watch.RunAsync(new WatchTarget(name, cse, year),
            message => responseStream.WriteAsync(message, context.CancellationToken), context.CancellationToken);
    }
}

using Grpc.Core;
using Segmentation.Compliance.Live;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Grpc;

/// <summary>ComplianceService: live compliance (kept: the backend of API.md's live push).</summary>
public sealed class WatchGrpcService(ComplianceWatch watch, BusinessClock clock) : ComplianceService.ComplianceServiceBase
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
        var caller = context.Caller();
        if (cse is not null && !caller.IsAdmin && caller.Cse != cse)
            throw new PermissionDeniedException("A CSE may only watch own clients.");

        await watch.RunAsync(new WatchTarget(name, cse, year),
            message => responseStream.WriteAsync(message, context.CancellationToken), context.CancellationToken);
    }
}

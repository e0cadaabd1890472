using Grpc.Core;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>The verified caller of a gRPC call, from its token (never from the request).</summary>
public static class CallContextCaller
{
    public static Caller Caller(this ServerCallContext context) => Auth.Caller.From(context.GetHttpContext().User);
}

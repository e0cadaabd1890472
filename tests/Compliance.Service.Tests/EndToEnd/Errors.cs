using Google.Rpc;
using Grpc.Core;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Assertions on gRPC errors and their google.rpc.BadRequest field violations.</summary>
public static class Errors
{
    public static async Task<RpcException> ExpectAsync(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }

    /// <summary>INVALID_ARGUMENT naming exactly <paramref name="fields"/>.</summary>
    public static async Task ExpectInvalidAsync(Func<Task> call, params string[] fields)
    {
        var error = await ExpectAsync(StatusCode.InvalidArgument, call);
        var bad = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(bad);
        Assert.Equal(fields.Order(), bad.FieldViolations.Select(v => v.Field).Order());
    }
}

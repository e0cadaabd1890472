using Google.Rpc;
using Grpc.Core;

namespace Segmentation.Events.Tests;

/// <summary>Reads the google.rpc.BadRequest field violations out of an RpcException.</summary>
public static class Errors
{
    public static IReadOnlyList<(string Field, string Description)> Violations(RpcException error)
    {
        var status = error.GetRpcStatus() ?? throw new InvalidOperationException("No rich status in " + error);
        var bad = status.GetDetail<BadRequest>() ?? throw new InvalidOperationException("No BadRequest in " + error);
        return bad.FieldViolations.Select(v => (v.Field, v.Description)).ToArray();
    }

    public static async Task<RpcException> ExpectAsync(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }

    public static async Task<IReadOnlyList<(string Field, string Description)>> InvalidAsync(Func<Task> call) =>
        Violations(await ExpectAsync(StatusCode.InvalidArgument, call));
}

using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Segmentation.TestSupport;

/// <summary>Assertions on gRPC errors and their google.rpc.BadRequest field violations.</summary>
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

    /// <summary>INVALID_ARGUMENT; returns its field violations.</summary>
    public static async Task<IReadOnlyList<(string Field, string Description)>> InvalidAsync(Func<Task> call) =>
        Violations(await ExpectAsync(StatusCode.InvalidArgument, call));

    /// <summary>INVALID_ARGUMENT naming exactly <paramref name="fields"/>.</summary>
    public static async Task ExpectInvalidAsync(Func<Task> call, params string[] fields)
    {
        var violations = await InvalidAsync(call);
        Assert.Equal(fields.Order(), violations.Select(v => v.Field).Order());
    }
}

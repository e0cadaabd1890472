namespace Segmentation.TestSupport.Budget;

/// <summary>What one request cost across the whole system: the gRPC calls between hosts ("caller → path")
/// and the SQL round trips (one per command or batch Npgsql executed, with its text).</summary>
public sealed record RequestCost(IReadOnlyList<string> GrpcCalls, IReadOnlyList<string> SqlRoundTrips)
{
    public override string ToString() =>
        $"{GrpcCalls.Count} gRPC call(s):\n  {string.Join("\n  ", GrpcCalls)}\n{SqlRoundTrips.Count} SQL round trip(s):\n  {string.Join("\n  ", SqlRoundTrips)}";
}

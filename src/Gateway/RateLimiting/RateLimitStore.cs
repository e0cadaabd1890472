namespace Segmentation.Gateway.RateLimiting;

/// <summary>Configuration "RateLimiting:Store": <see cref="Database"/> (the default: safe however many gateways run) or
/// <see cref="Memory"/> for a deployment with exactly one gateway, which saves a SQL round trip on every /api request.
/// The AppHost chooses Memory when it starts one gateway; the Kubernetes manifests keep Database.</summary>
public static class RateLimitStore
{
    public const string Key = "RateLimiting:Store";
    public const string Database = "Database";
    public const string Memory = "Memory";

    public static IServiceCollection AddTokenBuckets(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration[Key] ?? Database;
        if (string.Equals(store, Memory, StringComparison.OrdinalIgnoreCase)) services.AddSingleton<ITokenBuckets, LocalTokenBuckets>();
        else if (string.Equals(store, Database, StringComparison.OrdinalIgnoreCase)) services.AddSingleton<ITokenBuckets, SharedTokenBuckets>();
        else throw new InvalidOperationException($"{Key} must be {Database} or {Memory}, not '{store}'.");
        return services;
    }
}

using OpenIddict.Abstractions;
using Segmentation.ServiceDefaults.Auth;

namespace Segmentation.Identity.Clients;

/// <summary>Writes the client catalog into the store at start (created, or updated to match the
/// configuration: redirect URIs and the service secret can change between runs).</summary>
public sealed class ClientRegistration(IServiceProvider services, IdentityOptions options, AuthOptions auth, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(auth.ServiceClient.ClientSecret))
            throw new InvalidOperationException("Auth:ServiceClient:ClientSecret must be set: the services authenticate with it.");
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var descriptor in ClientCatalog.For(options, auth, environment.IsDevelopment()))
        {
            var existing = await manager.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
            if (existing is null) await manager.CreateAsync(descriptor, cancellationToken);
            else await manager.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

namespace Segmentation.AppHost.Postgres;

/// <summary>A postgres server process that other resources reference by connection string.</summary>
public sealed class PostgresExecutableResource(string name, string command, string workingDirectory, string database)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    public string DatabaseName => database;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username=postgres;Database={DatabaseName}");
}

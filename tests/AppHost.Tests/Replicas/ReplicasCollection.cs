namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>The two-replica AppHost (ten processes) runs alone, after the other collections: two AppHosts at once
/// would fight over this machine's two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReplicasCollection : ICollectionFixture<ReplicasFixture>
{
    public const string Name = "replicas";
}

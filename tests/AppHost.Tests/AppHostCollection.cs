namespace Segmentation.AppHost.Tests;

/// <summary>One running AppHost shared by the end-to-end test classes (it takes ~30 s to start).</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "apphost";
}

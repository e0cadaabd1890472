[assembly: AssemblyFixture(typeof(Segmentation.Deploy.Tests.Installation))]

namespace Segmentation.Deploy.Tests;

/// <summary>The AppHost's model and every overlay rendered, once for the test assembly (about a second).</summary>
public sealed class Installation : IAsyncLifetime
{
    public static readonly string[] Overlays = ["small", "large"];

    public AppHostModel Model { get; private set; } = null!;
    public IReadOnlyDictionary<string, Rendered> Rendered { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Model = await AppHostModel.BuildAsync(CancellationToken.None);
        var rendered = new Dictionary<string, Rendered>();
        foreach (var overlay in Overlays) rendered[overlay] = await Kustomize.RenderAsync(overlay, CancellationToken.None);
        Rendered = rendered;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

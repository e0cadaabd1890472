namespace Segmentation.AppHost.Tests;

/// <summary>Stopping the AppHost stops every process it started, PostgreSQL included.</summary>
[Collection(AppHostCollection.Name)] // runs after, not beside, the shared AppHost: two at once would starve 2 cores
public sealed class ProcessCleanupTests
{
    [Fact]
    public async Task No_postgres_process_survives_the_apphost()
    {
        var host = new AppHostFixture();
        await host.InitializeAsync();
        Assert.NotEmpty(host.ProcessesUsingDataDirectory());

        await host.DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (host.ProcessesUsingDataDirectory().Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        Assert.Empty(host.ProcessesUsingDataDirectory());
    }
}

using Segmentation.ServiceDefaults.Text;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.Compliance.Live;
using Segmentation.Compliance.V1;
using Segmentation.Events.V1;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue point 6. The periodic re-check is set to 10 minutes, so an update within seconds
/// can only have come through Events.Service's change feed.</summary>
public sealed class WatchTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private Stack _stack = null!;

    public async ValueTask InitializeAsync()
    {
        _stack = await Stack.StartAsync(postgres, c => c.WithSetting("Compliance:Watch:RefreshSeconds", "600"));
        await _stack.ClientAsync("Watched", "Maintain", "Ana");
        await _stack.ClientAsync("Also Ana", "Leverage", "Ana");
        await _stack.ClientAsync("Bens", "Maintain", "Ben");
        // The feed starts "from now" once Events has positioned its reader: write until Compliance's
        // listener has seen a first change, so the tests below cannot race the connection.
        _ = _stack.Compliance.Server;
        var hub = _stack.Compliance.Services.GetRequiredService<EventChangeHub>();
        var warmUp = new DateOnly(2025, 2, 3);
        while (!hub.Live.IsCompleted)
        {
            Assert.True(warmUp < new DateOnly(2025, 3, 1), "The change feed never delivered a change.");
            await _stack.ScheduleAsync("Bens", "STRAT_OPS", CalendarDates.Format(warmUp));
            await Task.WhenAny(hub.Live, Task.Delay(500));
            warmUp = warmUp.AddDays(1);
        }
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    [Fact]
    public async Task A_completion_is_pushed_to_the_client_watcher()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = _stack.Scores().WatchCompliance(new WatchComplianceRequest { ClientName = "Watched" }, cancellationToken: cts.Token);
        var stream = call.ResponseStream;

        Assert.True(await stream.MoveNext(cts.Token));
        Assert.Equal((0, "Watched"), (stream.Current.EventTypes.Single(t => t.EventCode == "STRAT_OPS").Actual, stream.Current.ClientName));

        await _stack.CompletedAsync("Watched", "STRAT_OPS", "2025-03-03");
        await _stack.CompletedAsync("Bens", "SAT_PLAN", "2025-03-03"); // not watched: no message

        Assert.True(await stream.MoveNext(cts.Token).WaitAsync(Patience));
        Assert.Equal(1, stream.Current.EventTypes.Single(t => t.EventCode == "STRAT_OPS").Actual);
        Assert.Equal(13, stream.Current.OverallScore);
    }

    [Fact]
    public async Task A_cse_watches_own_clients_and_only_changed_ones_are_pushed_again()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = _stack.Scores(TestAuth.Cse("Ana")).WatchCompliance(new WatchComplianceRequest { Cse = "Ana" }, cancellationToken: cts.Token);
        var stream = call.ResponseStream;
        var initial = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True(await stream.MoveNext(cts.Token));
            initial.Add(stream.Current.ClientName);
        }

        await _stack.CompletedAsync("Also Ana", "EVP_ENGAGE", "2025-04-07");
        await _stack.ScheduleAsync("Watched", "CE_ONSITE", "2025-12-15"); // scheduled only: compliance unchanged

        Assert.Equal(["Also Ana", "Watched"], initial.Order());
        Assert.True(await stream.MoveNext(cts.Token).WaitAsync(Patience));
        Assert.Equal("Also Ana", stream.Current.ClientName);
        Assert.Equal(1, stream.Current.EventTypes.Single(t => t.EventCode == "EVP_ENGAGE").Actual);
    }

    [Fact]
    public async Task Watching_is_limited_to_what_the_caller_may_see()
    {
        await Errors.ExpectAsync(StatusCode.PermissionDenied, () => FirstAsync(new WatchComplianceRequest { Cse = "Ben" }, TestAuth.Cse("Ana")));
        await Errors.ExpectAsync(StatusCode.NotFound, () => FirstAsync(new WatchComplianceRequest { ClientName = "Bens" }, TestAuth.Cse("Ana")));
        await Errors.ExpectInvalidAsync(() => FirstAsync(new WatchComplianceRequest { ClientName = "Watched", Cse = "Ana" }, TestAuth.Admin), "client_name");
    }

    private async Task FirstAsync(WatchComplianceRequest request, string token)
    {
        using var call = _stack.Scores(token).WatchCompliance(request);
        await call.ResponseStream.MoveNext(CancellationToken.None);
    }
}

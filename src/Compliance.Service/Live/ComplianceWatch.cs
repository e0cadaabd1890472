using Microsoft.Extensions.Options;
using Segmentation.Compliance.Upstream;
using Segmentation.Compliance.Grpc;
using Segmentation.Compliance.Reports;
using Segmentation.Compliance.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.ServiceDefaults.Time;

namespace Segmentation.Compliance.Live;

/// <summary>Issue point 6: sends the watched clients' compliance, then again for each client whose
/// compliance changed: on every event change of a watched client (change feed) and on the periodic
/// re-check. asOf is always today, so a result is as fresh as a direct call.</summary>
public sealed class ComplianceWatch(ComplianceReports reports, BusinessClock clock, EventChangeHub hub, IOptions<WatchOptions> options)
{
    public async Task RunAsync(WatchTarget target, Func<ClientCompliance, Task> send, CancellationToken ct)
    {
        using var subscription = hub.Subscribe();
        await Task.WhenAny(hub.Live, Task.Delay(TimeSpan.FromSeconds(options.Value.FeedReadySeconds), ct));
        var sent = new Dictionary<string, ClientCompliance>(StringComparer.Ordinal);
        var watched = await RecheckAsync(EveryoneOf(target), sent, send, ct);
        if (target.ClientName is not null && watched.Count == 0)
            throw new NotFoundException($"Client '{target.ClientName}' does not exist.");

        var refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        while (!ct.IsCancellationRequested)
        {
            var changed = await ChangeBatch.NextAsync(subscription.Reader, refresh, ct);
            if (changed is null)
            {
                watched = await RecheckAsync(EveryoneOf(target), sent, send, ct);
                continue;
            }
            changed.IntersectWith(watched);
            if (changed.Count > 0) await RecheckAsync(Year(target) with { ClientNames = changed.ToList() }, sent, send, ct);
        }
    }

    private AssessmentQuery Year(WatchTarget target) => new(target.Year, clock.Today());

    private AssessmentQuery EveryoneOf(WatchTarget target) => target.ClientName is { } name
        ? Year(target) with { ClientNames = [name] }
        : Year(target) with { Cse = target.Cse };

    /// <summary>Scores the clients of <paramref name="query"/> and sends those that differ from what
    /// was last sent (asOf aside: a new day alone is not news). Returns the clients it found.</summary>
    private async Task<HashSet<string>> RecheckAsync(
        AssessmentQuery query, Dictionary<string, ClientCompliance> sent, Func<ClientCompliance, Task> send, CancellationToken ct)
    {
        var scores = await reports.ScoreAsync(await reports.AssessAsync(query, ct), ct);
        foreach (var score in scores)
        {
            var message = score.ToMessage(withEventTypes: true);
            var comparable = message.Clone();
            comparable.AsOf = "";
            if (sent.TryGetValue(message.ClientName, out var previous) && previous.Equals(comparable)) continue;
            sent[message.ClientName] = comparable;
            await send(message);
        }
        return scores.Select(s => s.Assessment.ClientName).ToHashSet(StringComparer.Ordinal);
    }
}

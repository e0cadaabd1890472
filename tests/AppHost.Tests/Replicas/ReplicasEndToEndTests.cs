using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Segmentation.ServiceDefaults;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>Issue 16 item 1: two replicas of each service and two gateways from one AppHost (--Replicas=2). State
/// that replicas share lives in PostgreSQL: request keys, sessions and their keys, rate-limit buckets, the change
/// feed behind /api/live. The last check kills one process of each and checks nothing acknowledged is lost.</summary>
[Collection(ReplicasCollection.Name)]
public sealed class ReplicasEndToEndTests(ReplicasFixture system)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient[]> BothGatewaysAsync(string user) => [await system.ClientAsync(0, user), await system.ClientAsync(1, user)];

    private static async Task CreateClientAsync(HttpClient gateway, string name)
    {
        using var created = await gateway.PostAsJsonAsync("/api/clients", new { name, segment = "Maintain", cse = "Priya Nair" }, Ct);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>One test, five checks in this order (the last kills processes the others need); each check's
    /// failure is reported, and a failed check does not stop the ones after it.</summary>
    [Fact]
    public async Task Two_replicas_of_each_share_state_and_lose_nothing_when_one_of_each_dies()
    {
        var failures = new List<Exception>();
        foreach (var check in new Func<Task>[] { Same_request_id_on_both_gateways_makes_one_event,
                     Either_gateway_starts_a_sign_in_and_its_session_works_on_the_other, Per_user_write_limit_counts_writes_on_both_gateways,
                     A_write_through_one_gateway_reaches_a_live_stream_on_the_other_within_2_s, Killing_one_replica_of_each_loses_no_acknowledged_write })
        {
            try { await check(); }
            catch (Exception ex) when (ex is not OperationCanceledException) { failures.Add(ex); }
        }
        if (failures.Count > 0) throw new AggregateException(failures);
    }

    private async Task Same_request_id_on_both_gateways_makes_one_event()
    {
        var gateways = await BothGatewaysAsync("admin");
        await CreateClientAsync(gateways[0], "Replica Idempotent Hospital");
        var schedule = ReplicaCalls.Schedule("Replica Idempotent Hospital", "2025-03-03", Guid.NewGuid().ToString());

        var answers = await Task.WhenAll(gateways.Select(async g =>
        {
            using var response = await g.SendAsync(schedule(), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, body);
            return (response.StatusCode, Id: JsonDocument.Parse(body).RootElement.GetProperty("id").GetString());
        }));

        // One gateway creates it (201), the other answers the replay (200).
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(answers[0].Id, answers[1].Id);
        Assert.Equal([answers[0].Id!], await ReplicaCalls.EventIdsAsync(gateways[1], "Replica Idempotent Hospital", 2025, Ct));
    }

    private async Task Either_gateway_starts_a_sign_in_and_its_session_works_on_the_other()
    {
        using var browser = await SignedInSession.SignInAsync(system.Gateway(0), "admin", Ct);
        // The provider knows every gateway's redirect URI, so a sign-in may start on the second one too.
        using var second = await SignedInSession.SignInAsync(system.Gateway(1), "admin", Ct);

        var me = await browser.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway(1), "/api/me"), Ct);
        var meOnFirst = await second.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway(0), "/api/me"), Ct);
        using var read = await browser.GetAsync(new Uri(system.Gateway(1), "/api/event-types"), Ct);

        Assert.True(me.GetProperty("signedIn").GetBoolean(), me.ToString());
        Assert.True(meOnFirst.GetProperty("signedIn").GetBoolean(), meOnFirst.ToString());
        Assert.Equal("admin", me.GetProperty("name").GetString(), ignoreCase: true);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private async Task A_write_through_one_gateway_reaches_a_live_stream_on_the_other_within_2_s()
    {
        var gateways = await BothGatewaysAsync("admin");
        using var stream = await gateways[1].SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/live"), HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(Ct));
        while (await reader.ReadLineAsync(Ct) is { } line && line != ": connected") { }

        using var written = await gateways[0].SendAsync(ReplicaCalls.Schedule("Replica Idempotent Hospital", "2025-04-04", Guid.NewGuid().ToString())(), Ct);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var id = JsonDocument.Parse(await written.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()!;
        using var within = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        within.CancelAfter(TimeSpan.FromSeconds(2));
        string? data = null;
        try
        {
            while (data is null && await reader.ReadLineAsync(within.Token) is { } line)
                if (line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(id, StringComparison.Ordinal)) data = line;
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested) { } // 2 s passed: data stays null

        Assert.True(data is not null, $"Event {id} written through gateway A did not reach gateway B's /api/live within 2 s.");
    }

    private async Task Per_user_write_limit_counts_writes_on_both_gateways()
    {
        var gateways = await BothGatewaysAsync("Tom Fletcher");
        var clock = Stopwatch.StartNew();
        var statuses = new List<(int Gateway, HttpStatusCode Status)>();
        for (var i = 0; i < 2 * ReplicasFixture.WriteBurst; i++)
        {
            // A write that changes nothing (no such event) still spends a token.
            using var response = await gateways[i % 2].DeleteAsync($"/api/events/{Guid.NewGuid()}", Ct);
            statuses.Add((i % 2, response.StatusCode));
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.NotNull(response.Headers.RetryAfter);
        }

        var admitted = statuses.Count(s => s.Status != HttpStatusCode.TooManyRequests);
        // Per-gateway buckets would admit all 40 (20 each); one shared bucket admits the burst plus one a second.
        var most = ReplicasFixture.WriteBurst + (int)Math.Ceiling(clock.Elapsed.TotalSeconds * ReplicasFixture.WritesPerMinute / 60.0) + 1;
        Assert.True(admitted >= ReplicasFixture.WriteBurst && admitted <= most, $"{admitted} admitted in {clock.Elapsed}, at most {most}");
        Assert.Contains(statuses, s => s is (0, HttpStatusCode.TooManyRequests));
        Assert.Contains(statuses, s => s is (1, HttpStatusCode.TooManyRequests));
    }

    /// <summary>Writes run through both gateways while one replica of each service and one gateway are killed:
    /// every write is acknowledged in the end (the survivors answer; a client retries on the other gateway),
    /// and the acknowledged ones are exactly the events stored, none lost, none doubled.</summary>
    private async Task Killing_one_replica_of_each_loses_no_acknowledged_write()
    {
        const string client = "Replica Survivor Hospital";
        const int writes = 30;
        var gateways = await BothGatewaysAsync("admin");
        await CreateClientAsync(gateways[0], client);
        var victims = new List<(int Pid, string Project)>();
        foreach (var (resource, project) in new[] { (ResourceNames.Requirements, "Requirements.Service"), (ResourceNames.Events, "Events.Service"),
                     (ResourceNames.Compliance, "Compliance.Service"), (AppHost.Replicas.GatewayName(1), "Gateway") })
            victims.Add(((await ReplicaProcesses.RunningAsync(system.App, resource, resource.StartsWith(ResourceNames.Gateway, StringComparison.Ordinal) ? 1 : 2, Ct))[0], project));

        var acknowledged = new List<string>();
        var failures = new List<string>();
        for (var i = 0; i < writes; i++)
        {
            if (i == writes / 3) foreach (var (pid, project) in victims) ReplicaProcesses.Kill(pid, project);
            var date = new DateOnly(2025, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            using var response = await ReplicaCalls.SendAsync(gateways, i % 2, ReplicaCalls.Schedule(client, date, $"survivor-{i}"), Ct, failures);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"write {i}: {(int)response.StatusCode} {body}");
            acknowledged.Add(JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!);
        }

        // What the survivors' callers saw while replicas died (for the record; retries absorb it).
        TestContext.Current.TestOutputHelper?.WriteLine($"{failures.Count} failed attempt(s) retried:\n{string.Join("\n", failures)}");
        var stored = await ReplicaCalls.EventIdsAsync(gateways[0], client, 2025, Ct);
        using var compliance = await gateways[0].GetAsync($"/api/compliance/{Uri.EscapeDataString(client)}?year=2025", Ct);
        Assert.NotEmpty(failures); // the killed gateway refused (so the kill happened), and its requests went to the survivor
        Assert.Equal(acknowledged.Order(), stored.Order());
        Assert.Equal(writes, acknowledged.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, compliance.StatusCode);
    }
}

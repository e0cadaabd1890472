using System.Net;
using Dapper;
using Npgsql;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Issue 12: a write's answer tells the truth through the gateway. Every Events write takes a
/// requestId; an answer lost after the commit is repeated with the same id and returns the committed
/// result (one row, one change); a write answered 504 because the database was too slow committed nothing.</summary>
public sealed class WriteTruthTests(PostgresFixture postgres) : IAsyncLifetime
{
    private InMemorySystem _host = null!;

    public async ValueTask InitializeAsync() => _host = await WholeSystem.StartAsync(postgres);
    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>A CSE's client whose first answer is read to the end and then lost on the way back.</summary>
    private HttpClient Lossy(InMemorySystem? host = null) =>
        new(new BearerTokenHandler(TestData.AnaToken, new DroppedAnswerHandler((host ?? _host).Service<GatewayMarker>().Server.CreateHandler())))
        {
            BaseAddress = (host ?? _host).Service<GatewayMarker>().Server.BaseAddress,
        };

    private async Task<T> ScalarAsync<T>(string sql, InMemorySystem? host = null)
    {
        await using var connection = new NpgsqlConnection((host ?? _host).ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private async Task<string> ScheduleAsync(string date)
    {
        using var response = await _host.Client(TestData.AnaToken).PostAsync("/api/events/schedule",
            Json.Raw($$"""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"{{date}}"}"""));
        return (await Json.ReadAsync(response)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_schedule_whose_answer_was_lost_is_retried_with_its_request_id_and_stored_once()
    {
        var lossy = Lossy();
        const string body = """{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-04-01","requestId":"lost-schedule"}""";

        await Assert.ThrowsAsync<HttpRequestException>(() => lossy.PostAsync("/api/events/schedule", Json.Raw(body)));
        using var retry = await lossy.PostAsync("/api/events/schedule", Json.Raw(body));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await ScalarAsync<string>("SELECT id::text FROM segmentation_events"), (await Json.ReadAsync(retry)).GetProperty("id").GetString());
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM segmentation_events"));
    }

    [Fact]
    public async Task A_completion_whose_answer_was_lost_returns_the_committed_completion()
    {
        var id = await ScheduleAsync("2025-04-02");
        var lossy = Lossy();

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            lossy.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-04-02","requestId":"lost-complete"}""")));
        using var retry = await lossy.PostAsync($"/api/events/{id}/complete", Json.Raw("""{"completedDate":"2025-04-02","requestId":"lost-complete"}"""));

        var e = await Json.ReadAsync(retry);
        Assert.Equal(("2025-04-02", "cse:Ana Lee"), (e.GetProperty("completedDate").GetString(), e.GetProperty("completedBy").GetString()));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'completed'"));
    }

    [Fact]
    public async Task A_delete_and_a_reschedule_whose_answers_were_lost_succeed_again_with_their_request_ids()
    {
        var moved = await ScheduleAsync("2025-04-03");
        var deleted = await ScheduleAsync("2025-04-04");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Lossy().PatchAsync($"/api/events/{moved}?requestId=lost-patch", Json.Raw("""{"eventDate":"2025-05-03"}""")));
        var ana = _host.Client(TestData.AnaToken);
        using var patched = await ana.PatchAsync($"/api/events/{moved}", Json.Raw("""{"eventDate":"2025-05-03","requestId":"lost-patch"}"""));
        await Assert.ThrowsAsync<HttpRequestException>(() => Lossy().DeleteAsync($"/api/events/{deleted}?requestId=lost-delete"));
        using var again = await ana.DeleteAsync($"/api/events/{deleted}?requestId=lost-delete");

        Assert.Equal("2025-05-03", (await Json.ReadAsync(patched)).GetProperty("eventDate").GetString());
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM segmentation_events"));
        Assert.Equal((1L, 1L), (await ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'rescheduled'"),
            await ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'deleted'")));
    }

    [Fact]
    public async Task A_reschedule_answered_504_because_the_database_was_slow_committed_nothing()
    {
        await using var host = await WholeSystem.StartAsync(postgres, g => g.WithSetting("Grpc:DefaultDeadlineSeconds", "3"));
        using var created = await host.Client(TestData.AnaToken).PostAsync("/api/events/schedule",
            Json.Raw("""{"clientName":"Barwon Health","eventCode":"SLA_REVIEW","eventDate":"2025-04-05"}"""));
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();
        await using var holder = new NpgsqlConnection(host.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT 1 FROM segmentation_events FOR UPDATE", transaction: transaction);

        var call = host.Client(TestData.AnaToken).PatchAsync($"/api/events/{id}?requestId=slow-patch", Json.Raw("""{"eventDate":"2025-06-05"}"""));
        Assert.True(await LockWaiters.ReachAsync(host.ConnectionString, 1, TimeSpan.FromSeconds(10)), "the write never blocked");
        using var response = await call;
        // 504 only: a call that fails once its deadline has passed is DEADLINE_EXCEEDED, even when Events' stream
        // reset beats the gateway's own deadline timer over the in-memory transport (DefaultDeadlineInterceptor).
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout);
        Assert.True(await LockWaiters.ReachAsync(host.ConnectionString, 0, TimeSpan.FromSeconds(10)), "Events kept waiting after the deadline");
        await transaction.RollbackAsync();

        Assert.Equal("2025-04-05", await ScalarAsync<string>("SELECT event_date::text FROM segmentation_events", host));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM segmentation_event_changes WHERE kind = 'rescheduled'", host));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM segmentation_event_request_keys WHERE request_id = 'slow-patch'", host));
    }
}

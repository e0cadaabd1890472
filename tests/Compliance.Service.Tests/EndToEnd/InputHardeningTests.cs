using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Segmentation.Compliance.V1;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;
using Segmentation.TestSupport;

namespace Segmentation.Compliance.Tests.EndToEnd;

/// <summary>Issue 12 reproductions against Compliance over real gRPC: out-of-range or lenient dates,
/// hand-built and foreign page tokens, and the latest accepted year, which used to answer INTERNAL.</summary>
public sealed class InputHardeningTests(PostgresFixture postgres) : IAsyncLifetime
{
    private Stack _stack = null!;

    public async ValueTask InitializeAsync()
    {
        _stack = await Stack.StartAsync(postgres);
        await _stack.ClientAsync("A Client", "Maintain", "Ana");
        await _stack.ClientAsync("B Client", "Leverage", "Ana");
        await _stack.ClientAsync("C Client", "Giant", "Ben");
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();

    private ComplianceService.ComplianceServiceClient Scores => _stack.Scores();

    public static TheoryData<string> BadDates => ["9999-12-31", "9001-01-01", "1899-12-31", "2025/01/01", " 2025-01-01", "2025-01-01T00:00"];

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task Workload_and_forecast_as_of_a_date_outside_the_rule_are_invalid(string asOf)
    {
        await Errors.ExpectInvalidAsync(() => Scores.GetWorkloadAsync(new GetWorkloadRequest { AsOf = asOf }).ResponseAsync, "as_of");
        await Errors.ExpectInvalidAsync(() =>
            Scores.GetForecastAsync(new GetForecastRequest { ClientName = "A Client", AsOf = asOf }).ResponseAsync, "as_of");
        await Errors.ExpectInvalidAsync(() =>
            Scores.SaveForecastAsync(new GetForecastRequest { ClientName = "A Client", AsOf = asOf }).ResponseAsync, "as_of");
        await Errors.ExpectInvalidAsync(() =>
            Scores.ListPortfolioAsync(new ListPortfolioRequest { AsOf = asOf }).ResponseAsync, "as_of");

        Assert.Equal(0L, await _stack.ScalarAsync<long>("SELECT count(*) FROM segmentation_compliance_scores"));
    }

    [Fact]
    public async Task The_latest_accepted_year_is_answered_even_when_a_deadline_falls_after_it()
    {
        await _stack.ChangeSegmentAsync("A Client", "Giant", "9000-06-01"); // deadline 9001-06-30

        var workload = await Scores.GetWorkloadAsync(new GetWorkloadRequest { Year = 9000, AsOf = "9000-12-31" });
        var forecast = await Scores.GetForecastAsync(new GetForecastRequest { ClientName = "A Client", Year = 9000, AsOf = "9000-12-31" });

        Assert.Equal(3, workload.Totals.TotalClients);
        Assert.Equal("9000-12-31", forecast.PredictionDate);
        await Errors.ExpectInvalidAsync(() => Scores.GetWorkloadAsync(new GetWorkloadRequest { Year = 9001 }).ResponseAsync, "year");
    }

    [Fact]
    public async Task A_hand_built_portfolio_token_whose_as_of_is_no_date_is_invalid_not_internal()
    {
        // The unsigned format this service used to accept: base64url JSON with the filters' fingerprint.
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new object?[] { 0, "", null, null, null, new List<string>() }))))[..16];
        var forged = Base64Url(JsonSerializer.Serialize(new { Filter = fingerprint, Year = 2025, AsOf = "not a date", After = "A Client" }));

        await Errors.ExpectInvalidAsync(() => Scores.ListPortfolioAsync(new ListPortfolioRequest { PageToken = forged }).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task A_signed_cursor_is_still_checked_field_by_field()
    {
        var codec = new PageTokenCodec(Encoding.UTF8.GetBytes(ServiceFactory<ComplianceServiceMarker>.PageTokenKey), new FixedTimeProvider(Stack.Now), TimeSpan.FromHours(1));
        var filters = PageTokenCodec.Filters(0, "", null, null, null, new List<string>());
        var badDate = codec.Encode("compliance.ListPortfolio", filters, new { Year = 2025, AsOf = "9999-12-31", After = "A Client" });
        var badYear = codec.Encode("compliance.ListPortfolio", filters, new { Year = 99999, AsOf = "2025-06-01", After = "A Client" });

        await Errors.ExpectInvalidAsync(() => Scores.ListPortfolioAsync(new ListPortfolioRequest { PageToken = badDate }).ResponseAsync, "page_token");
        await Errors.ExpectInvalidAsync(() => Scores.ListPortfolioAsync(new ListPortfolioRequest { PageToken = badYear }).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task A_token_of_another_service_or_rpc_is_refused()
    {
        var requirementsToken = (await _stack.Requirements.ListClientsAsync(new ListClientsRequest { PageSize = 1 })).NextPageToken;
        var portfolioToken = (await Scores.ListPortfolioAsync(new ListPortfolioRequest { PageSize = 1 })).NextPageToken;

        Assert.NotEqual("", requirementsToken);
        await Errors.ExpectInvalidAsync(() => Scores.ListPortfolioAsync(new ListPortfolioRequest { PageToken = requirementsToken }).ResponseAsync, "page_token");
        await Errors.ExpectInvalidAsync(() => Scores.ListForecastHistoryAsync(
            new ListForecastHistoryRequest { ClientName = "A Client", PageToken = portfolioToken }).ResponseAsync, "page_token");
        var second = await Scores.ListPortfolioAsync(new ListPortfolioRequest { PageSize = 1, PageToken = portfolioToken });
        Assert.Equal("B Client", Assert.Single(second.Clients).ClientName);
    }

    [Fact]
    public async Task A_hand_built_forecast_history_token_is_refused()
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object[] { "A Client", 0 }))))[..16];
        var forged = Base64Url(JsonSerializer.Serialize(new { Filter = fingerprint, Skip = 1 }));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Scores.ListForecastHistoryAsync(new ListForecastHistoryRequest { ClientName = "A Client", PageToken = forged }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

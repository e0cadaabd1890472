using System.Diagnostics;
using Dapper;
using Npgsql;
using Segmentation.Compliance;
using Segmentation.Compliance.V1;
using Segmentation.Events;
using Segmentation.Events.V1;
using Segmentation.Requirements;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;
using Segmentation.TestSupport.InMemory;
using static Segmentation.Bench.Portfolio.Measure;

namespace Segmentation.Bench.Portfolio;

/// <summary>Generates and loads the portfolio, then times the services against the SQL baselines,
/// checks both give the same scores, and prints the ratios.</summary>
public static class PortfolioBenchmark
{
    private static readonly DateOnly AsOf = new(DataGenerator.Year, 11, 27);

    public static async Task RunAsync(string connectionString, int clients, int events, int runs)
    {
        var watch = Stopwatch.StartNew();
        List<Guid> typeIds;
        await using (var connection = new NpgsqlConnection(connectionString))
            typeIds = (await connection.QueryAsync<Guid>("SELECT id FROM segmentation_event_types ORDER BY event_code")).ToList();
        var data = DataGenerator.Generate(clients, events, typeIds, AsOf);
        Console.WriteLine($"generated {data.Clients.Count:N0} clients ({data.Clients.Count(c => c.Periods.Count > 1):N0} changed segment in {DataGenerator.Year}), {data.Events.Count:N0} events in {Ms(watch.Elapsed)}");
        watch.Restart();
        await CopyLoader.LoadAsync(connectionString, data);
        Console.WriteLine($"loaded with COPY in {Ms(watch.Elapsed)}");
        if (Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1")
        {
            await ExplainCounts.PrintAsync(connectionString, data.Clients, 500, AsOf);
            await ExplainCounts.PrintAsync(connectionString, data.Clients, data.Clients.Count, AsOf);
            return;
        }

        // The three real services in memory, talking gRPC to each other; a generous deadline for the big batches.
        await using var stack = InMemorySystem.On(connectionString)
            .WithSetting("Grpc:DefaultDeadlineSeconds", "300")
            .Add<RequirementsServiceMarker, RequirementsService.RequirementsServiceClient>()
            .Add<EventsServiceMarker, EventsService.EventsServiceClient>()
            .Add<ComplianceServiceMarker, ComplianceService.ComplianceServiceClient>()
            .Build();
        var compliance = stack.GrpcClient<ComplianceService.ComplianceServiceClient>(TestAuth.Admin);
        var requirements = stack.GrpcClient<RequirementsService.RequirementsServiceClient>(TestAuth.Admin);
        var eventsClient = stack.GrpcClient<EventsService.EventsServiceClient>(TestAuth.Admin);
        var year = DataGenerator.Year;
        var asOf = AsOf.ToString("yyyy-MM-dd");
        Dictionary<string, int> sqlScores = [];
        var view = await MedianAsync(runs, async () => sqlScores = (await SqlBaseline.RunAsync(connectionString, SqlBaseline.PortfolioView, AsOf)).Scores);
        var bare = await MedianAsync(runs, () => SqlBaseline.RunAsync(connectionString, SqlBaseline.BareGroupBy, AsOf));

        var firstPage = await MedianAsync(runs, () => compliance.ListPortfolioAsync(
            new ListPortfolioRequest { Year = year, AsOf = asOf, PageSize = 500 }).ResponseAsync);
        var serviceScores = new Dictionary<string, int>();
        var allPages = await MedianAsync(runs, async () => serviceScores = await AllPagesAsync(compliance, year, asOf));
        var statusPage = await MedianAsync(runs, () => compliance.ListPortfolioAsync(
            new ListPortfolioRequest { Year = year, AsOf = asOf, PageSize = 500, Status = "at-risk" }).ResponseAsync);
        var workload = await MedianAsync(runs, () => compliance.GetWorkloadAsync(new GetWorkloadRequest { Year = year, AsOf = asOf }).ResponseAsync);

        var assessments = new List<Segmentation.Requirements.V1.Assessment>();
        var assess = await MedianAsync(runs, async () => assessments = await UpstreamCalls.AssessmentsAsync(requirements, year, asOf));
        var counts = await MedianAsync(runs, () => UpstreamCalls.CompletedCountsAsync(eventsClient, assessments, AsOf));

        var mismatches = serviceScores.Count(s => sqlScores.GetValueOrDefault(s.Key, -1) != s.Value) + Math.Abs(sqlScores.Count - serviceScores.Count);
        Console.WriteLine();
        Console.WriteLine($"median of {runs} runs after one warm-up, year {year}, asOf {asOf}");
        Console.WriteLine($"SQL: one statement, full SPEC §5–§6 aggregation ({sqlScores.Count:N0} rows) {Ms(view)}");
        Console.WriteLine($"SQL: bare GROUP BY count of completed events           {Ms(bare)}");
        Console.WriteLine($"gRPC ListPortfolio, first page of 500                  {Ms(firstPage)}   ratio SQL/gRPC {Ratio(view, firstPage)}");
        Console.WriteLine($"gRPC ListPortfolio, status filter (scores all)         {Ms(statusPage)}   ratio SQL/gRPC {Ratio(view, statusPage)}");
        Console.WriteLine($"gRPC GetWorkload, all clients in one call              {Ms(workload)}   ratio SQL/gRPC {Ratio(view, workload)}");
        Console.WriteLine($"gRPC ListPortfolio, all {(clients + 499) / 500} pages one after another        {Ms(allPages)}   ratio SQL/gRPC {Ratio(view, allPages)}");
        Console.WriteLine($"  of which: Requirements StreamAssessments, all clients {Ms(assess)}");
        Console.WriteLine($"  of which: Events StreamCompletedCounts, all clients  {Ms(counts)}");
        Console.WriteLine($"scores compared with the SQL statement: {serviceScores.Count:N0} clients, {mismatches} differences");
    }

    private static string Ratio(TimeSpan sql, TimeSpan grpc) => $"{sql / grpc:0.00}x";

    private static async Task<Dictionary<string, int>> AllPagesAsync(ComplianceService.ComplianceServiceClient compliance, int year, string asOf)
    {
        var scores = new Dictionary<string, int>();
        var token = "";
        do
        {
            var page = await compliance.ListPortfolioAsync(new ListPortfolioRequest { Year = year, AsOf = asOf, PageSize = 500, PageToken = token });
            foreach (var c in page.Clients) scores[c.ClientName] = c.OverallScore;
            token = page.NextPageToken;
        } while (token != "");
        return scores;
    }
}

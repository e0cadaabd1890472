using System.Reflection;
using Segmentation.Events.Data;
using Segmentation.Requirements.Data;

namespace Segmentation.Bench.System;

/// <summary>The pgbench script of the single-client read's floor: per transaction, the SQL the read sends with a warm
/// cache (Requirements' three assessment-input statements as one pipeline, as its NpgsqlBatch; then Events' year
/// count), for a random client of the data set, year 2025 as of the bench's asOf. The statement texts are read from
/// the services (internal or private there: by name, so a rename fails the bench instead of measuring something else).</summary>
public static class ReadFloorScript
{
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["key"] = Client, ["client"] = Client,
        // Benchmark.AsOf 2025-11-27, year 2025: SPEC §5's windows as YearWindows computes them.
        ["start"] = "'2025-01-01'::date", ["year_end"] = "'2025-12-31'::date", ["extended"] = "'2026-06-30'::date",
        ["completed_year_end"] = "'2025-11-27'::date", ["completed_extended"] = "'2025-11-27'::date",
        ["scheduled_start"] = "'2025-11-28'::date",
    };

    private const string Client = "('Client ' || lpad(:client_no::text, 5, '0'))"; // bench/portfolio's client names

    public static string Build()
    {
        var inputs = AssessmentStatements();
        return $"""
            \set client_no random(1, :clients)
            \startpipeline
            {string.Join(";\n", inputs.Select(Pg))};
            \endpipeline
            {Pg(CountStatement())};

            """;
    }

    private static IEnumerable<string> AssessmentStatements()
    {
        var sql = typeof(AssessmentInputsRepository).Assembly.GetType("Segmentation.Requirements.Data.AssessmentInputsSql");
        var oneClient = sql?.GetField("OneClient", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string[];
        var matrix = sql?.GetField("MatrixStatement", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as int?;
        if (oneClient is null || matrix is null)
            throw new InvalidOperationException("AssessmentInputsSql.OneClient/MatrixStatement not found: update ReadFloorScript to the read's SQL.");
        // A warm read leaves out the matrix statement (MatrixCache).
        return oneClient.Take(matrix.Value);
    }

    private static string CountStatement() =>
        typeof(YearCountQuery).GetField("Sql", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as string
        ?? throw new InvalidOperationException("YearCountQuery.Sql not found: update ReadFloorScript to the count's SQL.");

    private static string Pg(string sql) => PgScript.Expressions(sql, Parameters);
}

using Dapper;
using Npgsql;

namespace Segmentation.TestSupport;

/// <summary>Three clients of two CSEs, written straight into Requirements' tables (as the demo data
/// and the legacy dashboard do), so every gateway test starts from the same small portfolio.</summary>
public static class TestData
{
    public const string Ana = "Ana Lee";
    public const string Ben = "Ben Ng";

    /// <summary>Ana's client, Maintain all year.</summary>
    public const string AnaClient = "Barwon Health";
    /// <summary>Ana's client whose name has a slash (routes must take it URL-encoded).</summary>
    public const string AnaSlashClient = "NCS/MinDef";
    /// <summary>Ben's client: Ana must never see it.</summary>
    public const string BenClient = "WA Health";

    public const string InsightTouchPointId = "e177a096-82c1-4710-a599-4000c5343d06";

    public static string AnaToken { get; } = TestAuth.Cse(Ana);
    public static string BenToken { get; } = TestAuth.Cse(Ben);

    public static async Task SeedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        const string sql = """
            INSERT INTO nps_clients (client_name, segment, cse) VALUES (@name, @segment, @cse);
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from)
            SELECT @name, id, @cse, DATE '2024-01-01' FROM segmentation_tiers WHERE tier_name = @segment;
            """;
        foreach (var (name, segment, cse) in new[]
                 {
                     (AnaClient, "Maintain", Ana), (AnaSlashClient, "Leverage", Ana), (BenClient, "Sleeping Giant", Ben),
                 })
        {
            await connection.ExecuteAsync(sql, new { name, segment, cse });
        }
    }
}

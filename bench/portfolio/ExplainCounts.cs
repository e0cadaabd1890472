using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Bench.Portfolio;

/// <summary>BENCH_EXPLAIN=1: prints PostgreSQL's plan for a batch count of the first N clients
/// (the shape of Events.Service's count query), to see whether per-client index lookups are used.</summary>
public static class ExplainCounts
{
    public static async Task PrintAsync(string connectionString, IReadOnlyList<BenchClient> clients, int take, DateOnly asOf)
    {
        const string sql = """
            EXPLAIN (ANALYZE, BUFFERS)
            SELECT w.ord::int, e.event_type_id, count(e.id)::int
            FROM unnest(@names, @starts, @ends) WITH ORDINALITY AS w(client_name, window_start, window_end, ord)
            LEFT JOIN segmentation_events e
                   ON e.client_name = w.client_name AND e.completed
                  AND e.event_date BETWEEN w.window_start AND w.window_end
            GROUP BY w.ord, e.event_type_id
            ORDER BY w.ord
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var names = clients.Take(take).Select(c => c.Name).ToArray();
        command.Parameters.Add(new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = names });
        command.Parameters.Add(new NpgsqlParameter("starts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = names.Select(_ => new DateOnly(DataGenerator.Year, 1, 1)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("ends", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = names.Select(_ => asOf).ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine($"-- plan for {names.Length} clients");
        while (await reader.ReadAsync()) Console.WriteLine(reader.GetString(0));
    }
}

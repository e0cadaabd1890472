using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Requirements.Data;

/// <summary>Loads assessment inputs for one client or a whole portfolio in one round trip of four
/// queries (clients, history, exclusions, matrix), whatever the number of clients; three while the
/// matrix is cached (<see cref="MatrixCache"/>).</summary>
public sealed class AssessmentInputsRepository(NpgsqlDataSource dataSource, MatrixCache matrixCache)
{
    /// <param name="cse">Only this CSE's clients (null = all).</param>
    /// <param name="clientNames">Only these clients, by name or alias (null = all).</param>
    public Task<AssessmentInputs> LoadAsync(string? cse, IReadOnlyCollection<string>? clientNames, CancellationToken ct) =>
        LoadAsync(AssessmentInputsSql.Portfolio, prepare: false, ct,
            new NpgsqlParameter("cse", NpgsqlDbType.Text) { Value = (object?)cse ?? DBNull.Value },
            new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text)
            {
                Value = (object?)clientNames?.Select(n => n.Trim()).ToArray() ?? DBNull.Value,
            });

    /// <summary>The next <paramref name="limit"/> clients after <paramref name="after"/> in name order (the
    /// portfolio's page), loaded in the same one round trip.</summary>
    public Task<AssessmentInputs> LoadPageAsync(string? cse, string after, int limit, CancellationToken ct) =>
        LoadAsync(AssessmentInputsSql.Page, prepare: false, ct,
            new NpgsqlParameter("cse", NpgsqlDbType.Text) { Value = (object?)cse ?? DBNull.Value },
            new NpgsqlParameter<string>("after", NpgsqlDbType.Text) { TypedValue = after },
            new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });

    /// <summary>One client by name or alias, resolved in the same round trip (no client = no rows). The statements
    /// are prepared on the physical connection (Npgsql keeps them across pool open/close), so PostgreSQL plans
    /// them once per connection instead of on every read.</summary>
    public Task<AssessmentInputs> LoadOneAsync(string nameOrAlias, CancellationToken ct) =>
        LoadAsync(AssessmentInputsSql.OneClient, prepare: true, ct,
            new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = nameOrAlias.Trim() });

    private async Task<AssessmentInputs> LoadAsync(string[] statements, bool prepare, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        var generation = matrixCache.Generation;
        var cached = matrixCache.Current;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        for (var i = 0; i < (cached is null ? statements.Length : AssessmentInputsSql.MatrixStatement); i++)
        {
            var command = new NpgsqlBatchCommand(statements[i]);
            if (AssessmentInputsSql.Filtered(i)) command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            batch.BatchCommands.Add(command);
        }
        // A no-op without a round trip once this connection has the statements.
        if (prepare) await batch.PrepareAsync(ct);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var inputs = await AssessmentInputsReader.ReadAsync(reader, cached, ct);
        if (cached is null) matrixCache.Store(inputs.Matrix, generation);
        return inputs;
    }
}

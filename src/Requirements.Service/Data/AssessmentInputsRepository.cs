using Dapper;
using Npgsql;
using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Data;

/// <summary>Loads assessment inputs for one client or a whole portfolio in one round trip of four
/// queries (clients, history, exclusions, matrix), whatever the number of clients.</summary>
public sealed class AssessmentInputsRepository(NpgsqlDataSource dataSource)
{
    /// <summary>@names are names or aliases (trimmed), resolved here so the caller needs no round trip of its own.</summary>
    private const string ClientFilter = """
        (@cse::text IS NULL OR n.cse = @cse)
        AND (@names::text[] IS NULL OR n.client_name = ANY(@names)
             OR n.client_name IN (SELECT a.client_name FROM client_aliases a WHERE a.alias = ANY(@names)))
        """;

    /// <summary>The client named @key, or else the one whose alias it is (names and aliases share one namespace).</summary>
    private const string OneClientFilter = """
        n.client_name = coalesce((SELECT c.client_name FROM nps_clients c WHERE c.client_name = @key),
                                 (SELECT a.client_name FROM client_aliases a WHERE a.alias = @key))
        """;

    /// <param name="cse">Only this CSE's clients (null = all).</param>
    /// <param name="clientNames">Only these clients, by name or alias (null = all).</param>
    public Task<AssessmentInputs> LoadAsync(string? cse, IReadOnlyCollection<string>? clientNames, CancellationToken ct) =>
        LoadAsync(ClientFilter, new { cse, names = clientNames?.Select(n => n.Trim()).ToArray() }, ct);

    /// <summary>One client by name or alias, resolved in the same round trip (no client = no rows).</summary>
    public Task<AssessmentInputs> LoadOneAsync(string nameOrAlias, CancellationToken ct) =>
        LoadAsync(OneClientFilter, new { key = nameOrAlias.Trim() }, ct);

    private async Task<AssessmentInputs> LoadAsync(string clientFilter, object parameters, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT n.client_name AS Name, coalesce(n.segment, '') AS Segment, coalesce(n.cse, '') AS Cse
            FROM nps_clients n WHERE {clientFilter} ORDER BY n.client_name;

            SELECT cs.client_name AS ClientName, {SegmentHistoryRepository.PeriodColumns}
            FROM client_segmentation cs
            JOIN segmentation_tiers t ON t.id = cs.tier_id
            JOIN nps_clients n ON n.client_name = cs.client_name
            WHERE {clientFilter};

            SELECT x.client_name AS ClientName, x.event_type_id::text AS EventTypeId
            FROM client_event_exclusions x JOIN nps_clients n ON n.client_name = x.client_name
            WHERE {clientFilter};

            {RequirementRepository.CellSelect} WHERE e.is_active;
            """, parameters, cancellationToken: ct));
        var clients = (await results.ReadAsync<ClientRow>()).AsList();
        var history = (await results.ReadAsync<HistoryRow>()).ToLookup(
            h => h.ClientName, h => new Period(h.Segment, h.From, h.To, h.Notes, h.CseName), StringComparer.Ordinal);
        var exclusions = (await results.ReadAsync<ExclusionKey>()).ToLookup(x => x.ClientName, x => x.EventTypeId, StringComparer.Ordinal);
        var matrix = new RequirementMatrix(await results.ReadAsync<RequirementCell>());
        return new AssessmentInputs(clients, history, exclusions, matrix);
    }

    private sealed record HistoryRow(string ClientName, string Segment, DateOnly From, DateOnly? To, string Notes, string CseName);

    private sealed record ExclusionKey(string ClientName, string EventTypeId);
}

using Dapper;
using Npgsql;
using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Data;

/// <summary>Loads assessment inputs for one client or a whole portfolio in one round trip of four
/// queries (clients, history, exclusions, matrix), whatever the number of clients.</summary>
public sealed class AssessmentInputsRepository(NpgsqlDataSource dataSource)
{
    private const string ClientFilter = """
        (@cse::text IS NULL OR n.cse = @cse) AND (@names::text[] IS NULL OR n.client_name = ANY(@names))
        """;

    /// <param name="cse">Only this CSE's clients (null = all).</param>
    /// <param name="clientNames">Only these canonical names (null = all).</param>
    public async Task<AssessmentInputs> LoadAsync(string? cse, IReadOnlyCollection<string>? clientNames, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var parameters = new { cse, names = clientNames?.ToArray() };
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition($"""
            SELECT n.client_name AS Name, coalesce(n.segment, '') AS Segment, coalesce(n.cse, '') AS Cse
            FROM nps_clients n WHERE {ClientFilter} ORDER BY n.client_name;

            SELECT cs.client_name AS ClientName, {SegmentHistoryRepository.PeriodColumns}
            FROM client_segmentation cs
            JOIN segmentation_tiers t ON t.id = cs.tier_id
            JOIN nps_clients n ON n.client_name = cs.client_name
            WHERE {ClientFilter};

            SELECT x.client_name AS ClientName, x.event_type_id::text AS EventTypeId
            FROM client_event_exclusions x JOIN nps_clients n ON n.client_name = x.client_name
            WHERE {ClientFilter};

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

using Segmentation.ServiceDefaults.Text;
using Dapper;
using Npgsql;
using Segmentation.Requirements.Domain;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Data;

/// <summary>client_segmentation: the periods of a client, and segment changes.</summary>
public sealed class SegmentHistoryRepository(NpgsqlDataSource dataSource)
{
    internal const string PeriodColumns = """
        t.tier_name AS Segment, cs.effective_from AS "From", cs.effective_to AS "To",
        coalesce(cs.notes, '') AS Notes, coalesce(cs.cse_name, '') AS CseName
        """;

    public async Task<IReadOnlyList<Period>> ListAsync(string clientName, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await ListAsync(connection, null, clientName, ct);
    }

    /// <summary>Closes the open period the day before <paramref name="effectiveFrom"/>, opens the new one
    /// and updates the current segment, in one transaction holding the client's row lock, so concurrent
    /// changes of one client run one after the other and never overlap.</summary>
    public async Task ChangeAsync(string clientName, string segment, DateOnly effectiveFrom, string? notes, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var client = await connection.QuerySingleOrDefaultAsync<LockedClient>(new CommandDefinition("""
            SELECT coalesce(segment, '') AS Segment, cse AS Cse, (created_at AT TIME ZONE 'UTC')::date AS CreatedOn
            FROM nps_clients WHERE client_name = @clientName FOR UPDATE
            """, new { clientName }, transaction, cancellationToken: ct))
            ?? throw new NotFoundException($"Client '{clientName}' does not exist.");
        var history = await ListAsync(connection, transaction, clientName, ct);
        var plan = SegmentChangePlanner.Plan(history, SegmentNames.Normalize(client.Segment), client.CreatedOn, segment, effectiveFrom);
        try
        {
            if (plan.Backfill is { } backfill) await InsertAsync(connection, transaction, clientName, client.Cse, backfill, ct);
            if (plan.CloseOpenPeriodOn is { } closeOn)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE client_segmentation SET effective_to = @closeOn WHERE client_name = @clientName AND effective_to IS NULL",
                    new { clientName, closeOn }, transaction, cancellationToken: ct));
            }
            await InsertAsync(connection, transaction, clientName, client.Cse, new Period(segment, effectiveFrom, null, notes ?? ""), ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ExclusionViolation)
        {
            throw new PreconditionFailedException($"The change effective {CalendarDates.Format(effectiveFrom)} would overlap another period.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE nps_clients SET segment = @segment, updated_at = now() WHERE client_name = @clientName",
            new { clientName, segment }, transaction, cancellationToken: ct));
        await DirectoryNotice.SendAsync(connection, transaction, clientName, ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<IReadOnlyList<Period>> ListAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string clientName, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<Period>(new CommandDefinition($"""
            SELECT {PeriodColumns}
            FROM client_segmentation cs JOIN segmentation_tiers t ON t.id = cs.tier_id
            WHERE cs.client_name = @clientName ORDER BY cs.effective_from
            """, new { clientName }, transaction, cancellationToken: ct));
        return rows.AsList();
    }

    private static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string clientName, string? cse, Period period, CancellationToken ct)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from, effective_to, notes)
            SELECT @clientName, t.id, @cse, @From, @To, nullif(@Notes, '') FROM segmentation_tiers t WHERE t.tier_name = @Segment
            """, new { clientName, cse, period.From, period.To, period.Notes, period.Segment }, transaction, cancellationToken: ct));
        if (inserted != 1) throw new InvalidOperationException($"Segment '{period.Segment}' is missing from segmentation_tiers.");
    }

    private sealed record LockedClient(string Segment, string? Cse, DateOnly CreatedOn);
}

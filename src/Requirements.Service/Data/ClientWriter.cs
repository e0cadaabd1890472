using Dapper;
using Npgsql;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Data;

/// <summary>Writes to the client-name namespace: new clients and aliases, both under the namespace lock.</summary>
public sealed class ClientWriter(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts the client and its first segment period in one transaction.</summary>
    public async Task CreateAsync(NewClient client, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ClientNamespaceLock.AcquireAsync(connection, transaction, ct);
        if (await ClientNamespaceLock.OwnerOfAsync(connection, transaction, client.Name, ct) is { } owner)
        {
            throw new AlreadyExistsException(owner == client.Name
                ? $"A client named '{client.Name}' already exists."
                : $"'{client.Name}' is already an alias of '{owner}'.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO nps_clients (client_name, segment, cse) VALUES (@Name, @Segment, @Cse)", client, transaction, cancellationToken: ct));
        var periods = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO client_segmentation (client_name, tier_id, cse_name, effective_from, notes)
            SELECT @Name, t.id, @Cse, @SegmentSince, 'Initial segment' FROM segmentation_tiers t WHERE t.tier_name = @Segment
            """, client, transaction, cancellationToken: ct));
        if (periods != 1) throw new InvalidOperationException($"Segment '{client.Segment}' is missing from segmentation_tiers.");
        await DirectoryNotice.SendAsync(connection, transaction, client.Name, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Adds <paramref name="alias"/> to <paramref name="clientName"/>; repeating it is a no-op.</summary>
    public async Task AddAliasAsync(string clientName, string alias, string createdBy, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ClientNamespaceLock.AcquireAsync(connection, transaction, ct);
        var owner = await ClientNamespaceLock.OwnerOfAsync(connection, transaction, alias, ct);
        if (owner is not null && (owner != clientName || alias == clientName))
        {
            throw new AlreadyExistsException(owner == alias
                ? $"'{alias}' is already a client's name."
                : $"'{alias}' is already an alias of '{owner}'.");
        }
        if (owner is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO client_aliases (alias, client_name, created_by) VALUES (@alias, @clientName, @createdBy)",
                new { alias, clientName, createdBy }, transaction, cancellationToken: ct));
            await DirectoryNotice.SendAsync(connection, transaction, clientName, ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>Removes <paramref name="alias"/> from <paramref name="clientName"/>; false when it is not one of its aliases.</summary>
    public async Task<bool> RemoveAliasAsync(string clientName, string alias, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM client_aliases WHERE alias = @alias AND client_name = @clientName",
            new { alias, clientName }, transaction, cancellationToken: ct)) == 1;
        if (removed) await DirectoryNotice.SendAsync(connection, transaction, clientName, ct);
        await transaction.CommitAsync(ct);
        return removed;
    }
}

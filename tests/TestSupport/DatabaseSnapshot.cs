namespace Segmentation.TestSupport;

/// <summary>Row count and a digest of the contents of every table, so a test can show that a request
/// changed nothing at all (not even one column of one row).</summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, (long Rows, string Digest)> Tables)
{
    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString)
    {
        await using var digest = await DatabaseDigest.OpenAsync(connectionString);
        return await digest.TakeAsync();
    }

    public long RowCount => Tables.Values.Sum(t => t.Rows);

    /// <summary>The tables whose rows differ from <paramref name="other"/>'s.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSnapshot other) =>
        [.. Tables.Keys.Union(other.Tables.Keys).Where(k => !Tables.TryGetValue(k, out var a) || !other.Tables.TryGetValue(k, out var b) || a != b)];
}

using Npgsql;

namespace Segmentation.Events.Import;

/// <summary>Opens the bulk write of one import (<see cref="BulkWrite"/>).</summary>
public sealed class BulkEventWriter(NpgsqlDataSource dataSource)
{
    public BulkWrite Begin(string createdBy) => new(dataSource, createdBy);
}

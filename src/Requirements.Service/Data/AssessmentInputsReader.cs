using Npgsql;
using Segmentation.Requirements.Domain;

namespace Segmentation.Requirements.Data;

/// <summary>Maps the four result sets of <see cref="AssessmentInputsSql"/>, by column position, to
/// <see cref="AssessmentInputs"/>; with <c>matrix</c> given, there are three and the matrix is that one.</summary>
internal static class AssessmentInputsReader
{
    public static async Task<AssessmentInputs> ReadAsync(NpgsqlDataReader reader, RequirementMatrix? matrix, CancellationToken ct)
    {
        var clients = new List<ClientRow>();
        while (await reader.ReadAsync(ct)) clients.Add(new ClientRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)));

        await reader.NextResultAsync(ct);
        var history = new List<(string Client, Period Period)>();
        while (await reader.ReadAsync(ct))
        {
            var to = reader.IsDBNull(3) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(3);
            history.Add((reader.GetString(0), new Period(reader.GetString(1), reader.GetFieldValue<DateOnly>(2), to, reader.GetString(4), reader.GetString(5))));
        }

        await reader.NextResultAsync(ct);
        var exclusions = new List<(string Client, string EventTypeId)>();
        while (await reader.ReadAsync(ct)) exclusions.Add((reader.GetString(0), reader.GetString(1)));

        return new AssessmentInputs(clients,
            history.ToLookup(h => h.Client, h => h.Period, StringComparer.Ordinal),
            exclusions.ToLookup(x => x.Client, x => x.EventTypeId, StringComparer.Ordinal),
            matrix ?? await ReadMatrixAsync(reader, ct));
    }

    private static async Task<RequirementMatrix> ReadMatrixAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        await reader.NextResultAsync(ct);
        var cells = new List<RequirementCell>();
        while (await reader.ReadAsync(ct))
            cells.Add(new RequirementCell(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5)));
        return new RequirementMatrix(cells);
    }
}

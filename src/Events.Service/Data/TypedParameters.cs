using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Events.Data;

/// <summary>Parameters with an explicit PostgreSQL type, null or not. Npgsql reuses a prepared statement only while
/// the parameter types match the ones it was prepared with; an untyped null would silently run it unprepared.</summary>
internal static class TypedParameters
{
    public static void AddText(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    public static void AddTextArray(this NpgsqlParameterCollection parameters, string name, IEnumerable<string> values) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });

    public static void AddUuid(this NpgsqlParameterCollection parameters, string name, Guid value) =>
        parameters.Add(new NpgsqlParameter<Guid>(name, NpgsqlDbType.Uuid) { TypedValue = value });

    public static void AddDate(this NpgsqlParameterCollection parameters, string name, DateOnly? value) =>
        parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Date) { Value = (object?)value ?? DBNull.Value });

    public static void AddBytes(this NpgsqlParameterCollection parameters, string name, byte[] value) =>
        parameters.Add(new NpgsqlParameter<byte[]>(name, NpgsqlDbType.Bytea) { TypedValue = value });
}

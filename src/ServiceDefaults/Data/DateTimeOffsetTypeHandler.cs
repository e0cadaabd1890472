using System.Data;
using Dapper;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>Npgsql reads timestamptz as a UTC DateTime; this hands it out as a DateTimeOffset.</summary>
public sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        _ => throw new DataException($"Expected a timestamptz column, got {value.GetType().Name}."),
    };
}

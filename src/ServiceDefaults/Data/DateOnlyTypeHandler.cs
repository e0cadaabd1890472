using System.Data;
using Dapper;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>Passes DateOnly straight to Npgsql (which maps it to `date`) and reads `date` back as
/// DateOnly, so calendar dates never travel through a DateTime at midnight.</summary>
public sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        _ => throw new DataException($"Expected a date column, got {value.GetType().Name}."),
    };
}

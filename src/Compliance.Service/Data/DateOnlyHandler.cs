using System.Data;
using Dapper;

namespace Segmentation.Compliance.Data;

/// <summary>Lets Dapper hand DateOnly to Npgsql as a `date` and read `date` columns back as DateOnly,
/// so calendar dates never pass through a DateTime.</summary>
public sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }

    public override DateOnly Parse(object value) =>
        value as DateOnly? ?? throw new DataException($"A date column was read as {value.GetType().Name}.");
}

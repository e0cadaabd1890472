using Npgsql;

namespace Segmentation.Events.Data;

/// <summary>An UPDATE's SET clause with its parameters, and the change-feed kind it produces.</summary>
public sealed record PlannedChange(string Kind, string SetClause, NpgsqlParameter[] Parameters);

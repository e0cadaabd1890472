using Npgsql;
using Segmentation.Events.Domain;

namespace Segmentation.Events.Data;

/// <summary>The changes a completion or a reopening makes to a row as it is now (null = nothing to do).</summary>
public static class PlannedChanges
{
    /// <summary>Completes once: a second completion (even a concurrent one) keeps the first unchanged.</summary>
    public static PlannedChange? Complete(EventRecord current, DateOnly completedDate, string completedBy) =>
        current.Completed ? null : new PlannedChange(ChangeKind.Completed,
            "completed = true, completed_date = @completedDate, completed_by = @completedBy",
            [new NpgsqlParameter("completedDate", completedDate), new NpgsqlParameter("completedBy", completedBy)]);

    public static PlannedChange? Reopen(EventRecord current) =>
        !current.Completed ? null : new PlannedChange(ChangeKind.Reopened, "completed = false, completed_date = NULL, completed_by = NULL", []);
}

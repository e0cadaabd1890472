using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Events.V1;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>A real import with rejected rows commits nothing and answers 400 with the rows in the BODY
/// (never a header or trailer, which have a size limit): errors names each listed row as "rows[N]",
/// and the extensions carry the listed rows, the total and committed = false.</summary>
public static class ImportRefusal
{
    public static ValidationProblem Of(ImportEventsResponse response)
    {
        var errors = response.Rejected
            .GroupBy(r => $"rows[{r.Row}]")
            .ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray());
        var unlisted = response.RejectedTotal - response.Rejected.Count;
        if (unlisted > 0) errors["body"] = [$"{unlisted} more rejected rows are not listed; only the first {response.Rejected.Count} are."];
        var problem = Problems.Invalid(errors, detail: $"{response.RejectedTotal} of {response.TotalRows} rows were rejected; nothing was imported.");
        problem.Extensions["rejected"] = response.Rejected.Select(RejectedRowDto.From).ToArray();
        problem.Extensions["rejectedTotal"] = response.RejectedTotal;
        problem.Extensions["totalRows"] = response.TotalRows;
        problem.Extensions["committed"] = false;
        return Problems.Validation(problem);
    }
}

using Segmentation.Events.V1;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>A real import with rejected rows commits nothing and answers 400 with the rows in the BODY
/// (never a header or trailer, which have a size limit): errors names each listed row as "rows[N]",
/// and the extensions carry the listed rows, the total and committed = false.</summary>
public static class ImportRefusal
{
    public static IResult Of(ImportEventsResponse response)
    {
        var errors = response.Rejected
            .GroupBy(r => $"rows[{r.Row}]")
            .ToDictionary(g => g.Key, g => g.Select(r => r.Reason).ToArray());
        var unlisted = response.RejectedTotal - response.Rejected.Count;
        if (unlisted > 0) errors["body"] = [$"{unlisted} more rejected rows are not listed; only the first {response.Rejected.Count} are."];
        return Results.ValidationProblem(errors,
            detail: $"{response.RejectedTotal} of {response.TotalRows} rows were rejected; nothing was imported.",
            title: Errors.ProblemTitles.Of(StatusCodes.Status400BadRequest),
            extensions: new Dictionary<string, object?>
            {
                ["rejected"] = response.Rejected.Select(RejectedRowDto.From).ToArray(),
                ["rejectedTotal"] = response.RejectedTotal,
                ["totalRows"] = response.TotalRows,
                ["committed"] = false,
            });
    }
}

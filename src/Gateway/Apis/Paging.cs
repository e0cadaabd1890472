namespace Segmentation.Gateway.Apis;

/// <summary>AIP-158 page size as API.md states it: 0 or none = the default, negative = 400.</summary>
public static class Paging
{
    public static IResult? Invalid(int? pageSize) =>
        pageSize < 0
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = ["Must be 0 (the default) or more."] })
            : null;
}

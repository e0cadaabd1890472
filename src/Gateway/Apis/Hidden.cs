using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Apis;

/// <summary>The answer for a resource the caller may not see: the same 404 as for one that does not
/// exist (API.md: another CSE's client "answers 404, exactly as if it did not exist").</summary>
public static class Hidden
{
    public static NotFoundProblem NotFound() => new();
}

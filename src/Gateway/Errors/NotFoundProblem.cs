using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>A typed 404 written as application/problem+json through <see cref="Problems"/>, so the
/// route's OpenAPI response is inferred. (TypedResults.NotFound(problem) would write plain JSON.)</summary>
public sealed class NotFoundProblem : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>, IEndpointMetadataProvider
{
    public ProblemDetails Value { get; } = Problems.Of(StatusCodes.Status404NotFound);

    object? IValueHttpResult.Value => Value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status404NotFound;

    public async Task ExecuteAsync(HttpContext httpContext) => await Problems.WriteAsync(httpContext, Value);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status404NotFound, typeof(ProblemDetails), [Apis.EndpointConventions.ProblemJson]));
}

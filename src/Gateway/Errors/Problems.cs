using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Segmentation.Gateway.Errors;

/// <summary>The one place that builds a problem response (RFC 9457): status, the title for it
/// (<see cref="ProblemTitles"/>), its type, the field errors and the detail. The trace id and the
/// same title and type for problems the framework makes itself (404/405 pages) are added by
/// <see cref="Complete"/>, which runs for every problem written through IProblemDetailsService.</summary>
public static class Problems
{
    public static ProblemDetails Of(int status, string? detail = null) =>
        Traced(new ProblemDetails { Status = status, Title = ProblemTitles.Of(status), Type = ProblemTypes.Of(status), Detail = detail });

    public static HttpValidationProblemDetails Invalid(IDictionary<string, string[]> errors, int status = StatusCodes.Status400BadRequest, string? detail = null) =>
        Traced(new HttpValidationProblemDetails(errors) { Status = status, Title = ProblemTitles.Of(status), Type = ProblemTypes.Of(status), Detail = detail });

    /// <summary>Typed validation results write themselves without IProblemDetailsService, so the trace id is set here too.</summary>
    private static T Traced<T>(T problem) where T : ProblemDetails
    {
        if (System.Diagnostics.Activity.Current?.Id is { } id) problem.Extensions["traceId"] = id;
        return problem;
    }

    public static HttpValidationProblemDetails Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, status);

    /// <summary>For middleware and callbacks that answer before an endpoint runs.</summary>
    public static ValueTask<bool> WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>A handler's 400 as a typed result (its OpenAPI response is inferred).</summary>
    public static ValidationProblem Validation(HttpValidationProblemDetails problem) =>
        TypedResults.ValidationProblem(problem.Errors, problem.Detail, title: problem.Title, type: problem.Type, extensions: problem.Extensions);

    /// <summary>A handler's non-400 problem (413, 415) as a result; its status is documented on the route.</summary>
    public static ProblemHttpResult Result(ProblemDetails problem) => TypedResults.Problem(problem);

    /// <summary>AddProblemDetails' CustomizeProblemDetails: every problem gets a title, type and traceId.</summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        // The framework's own titles ("Not Found", "One or more validation errors occurred.") read differently.
        problem.Title = ProblemTitles.Of(status);
        problem.Type = ProblemTypes.Of(status);
        if (!problem.Extensions.ContainsKey("traceId"))
            problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }
}

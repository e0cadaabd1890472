using System.Net;

namespace Segmentation.Gateway.Tests.Support;

public static class ProblemAssert
{
    /// <summary>The response is application/problem+json with <paramref name="status"/> and no internals.</summary>
    public static async Task<Problem> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await Problem.ReadAsync(response);
        Assert.True(status == problem.Status, $"Expected {(int)status}, got {(int)problem.Status}: {problem.RawBody}");
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal((int)status, problem.StatusInBody);
        HasNoInternals(problem.RawBody);
        return problem;
    }

    /// <summary>A 400 whose errors object names <paramref name="field"/>.</summary>
    public static async Task<Problem> IsValidationProblemAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var problem = await IsProblemAsync(response, status);
        Assert.Contains(field, problem.ErrorFields);
        return problem;
    }

    /// <summary>No stack trace, SQL, exception type or internal address in a body.</summary>
    public static void HasNoInternals(string body)
    {
        foreach (var marker in new[] { "   at ", "Exception", "Npgsql", "SELECT ", "INSERT ", "postgres", "127.0.0.1", "localhost", "StatusCode=", "System." })
        {
            Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
        }
    }
}

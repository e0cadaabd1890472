using System.Net;
using Segmentation.Gateway.Errors;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>Every problem has the same shape whoever made it (issue 13 item 4: one problem-details
/// factory): a handler, the exception handler (a service's gRPC status, a binding failure), a
/// middleware, or the framework's own status-code pages. Each carries status, title, type and traceId.</summary>
public sealed class ProblemShapeTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    public static TheoryData<string, string, HttpStatusCode> Origins => new()
    {
        { "handler", "GET /api/segmentation-events?year=2025", HttpStatusCode.BadRequest },
        { "service InvalidArgument", "GET /api/events?pageSize=-1", HttpStatusCode.BadRequest },
        { "service NotFound", "GET /api/clients/No%20Such%20Client", HttpStatusCode.NotFound },
        { "binding", "GET /api/workload?year=abc", HttpStatusCode.BadRequest },
        { "middleware", "GET /api/segments?x=%00", HttpStatusCode.BadRequest },
        { "status-code page", "GET /api/no-such-route", HttpStatusCode.NotFound },
        { "status-code page", "PATCH /api/segments", HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(Origins))]
    public async Task Every_problem_has_status_title_type_and_trace_id(string origin, string request, HttpStatusCode status)
    {
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);
        using var message = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await shared.Host.Client(TestAuth.Admin).SendAsync(message);

        var problem = await ProblemAssert.IsProblemAsync(response, status);
        Assert.True(ProblemTitles.Of((int)status) == problem.Body.GetProperty("title").GetString(), origin);
        Assert.True(ProblemTypes.Of((int)status) == problem.Body.GetProperty("type").GetString(), origin);
        Assert.False(string.IsNullOrEmpty(problem.Body.GetProperty("traceId").GetString()), origin);
    }
}

using System.Net;
using Segmentation.Gateway.Tests.Support;

namespace Segmentation.Gateway.Tests;

/// <summary>The dashboard's files are public (its data calls carry the token); the API is not.</summary>
public sealed class StaticDashboardTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    [Theory]
    [InlineData("/segmentation/index.html", "text/html")]
    [InlineData("/segmentation/", "text/html")]
    [InlineData("/segmentation/api.js", "text/javascript")]
    public async Task Dashboard_files_are_served_without_a_token(string path, string mediaType)
    {
        using var response = await shared.Host.Client(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_root_leads_to_the_dashboard()
    {
        using var response = await shared.Host.Client(null).GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/segmentation/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/segmentation/missing.js")]
    public async Task Anything_else_without_a_token_is_401_problem_details(string path)
    {
        using var response = await shared.Host.Client(null).GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_api_route_with_a_token_is_404_problem_details()
    {
        using var response = await shared.Host.Client(Segmentation.TestSupport.TestAuth.Admin).GetAsync("/api/nothing-here");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_method_a_route_does_not_have_is_405_problem_details()
    {
        using var response = await shared.Host.Client(Segmentation.TestSupport.TestAuth.Admin).PutAsync("/api/segments", Json.Raw("{}"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}

using System.Net;
using Segmentation.Gateway.Tests.Support;
using Segmentation.TestSupport;

namespace Segmentation.Gateway.Tests;

/// <summary>GET /api/requirements?includeZero=true: every cell of the matrix for an admin, 403 for a CSE.</summary>
public sealed class RequirementsIncludeZeroTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private static async Task<int[]> CountsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Json.ReadAsync(response)).EnumerateArray().Select(r => r.GetProperty("requiredCountPerYear").GetInt32())];
    }

    [Fact]
    public async Task An_admin_sees_all_72_cells_12_per_segment()
    {
        using var all = await shared.Host.Client(TestAuth.Admin).GetAsync("/api/requirements?includeZero=true");
        using var maintain = await shared.Host.Client(TestAuth.Admin).GetAsync("/api/requirements?segment=Maintain&includeZero=true");

        var cells = await CountsAsync(all);
        Assert.Equal(72, cells.Length);
        Assert.Equal(12, cells.Count(c => c == 0));
        Assert.Equal(12, (await CountsAsync(maintain)).Length);
    }

    [Fact]
    public async Task Without_it_the_zero_cells_stay_hidden()
    {
        using var response = await shared.Host.Client(TestAuth.Admin).GetAsync("/api/requirements");

        var cells = await CountsAsync(response);
        Assert.Equal(60, cells.Length);
        Assert.DoesNotContain(0, cells);
    }

    [Fact]
    public async Task A_cse_asking_for_zero_cells_is_403_and_the_ordinary_list_still_works()
    {
        var ana = shared.Host.Client(TestData.AnaToken);

        using var denied = await ana.GetAsync("/api/requirements?segment=Maintain&includeZero=true");
        using var ordinary = await ana.GetAsync("/api/requirements?segment=Maintain");

        await ProblemAssert.IsProblemAsync(denied, HttpStatusCode.Forbidden);
        Assert.Equal(8, (await CountsAsync(ordinary)).Length);
    }
}

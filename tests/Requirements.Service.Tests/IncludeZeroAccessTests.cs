using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>include_zero lists all 72 cells for an admin; a CSE asking for it is PERMISSION_DENIED
/// (zero-count cells are hidden from users, SPEC §3), while the ordinary list stays open to a CSE.</summary>
public sealed class IncludeZeroAccessTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    [Fact]
    public async Task An_admin_gets_all_72_cells_including_the_zero_ones()
    {
        var all = await Admin.ListRequirementsAsync(new ListRequirementsRequest { IncludeZero = true });

        Assert.Equal(72, all.Requirements.Count);
        // SPEC §3: 60 cells are required, so 12 are zero (not 24 as the issue says).
        Assert.Equal(12, all.Requirements.Count(r => r.RequiredCountPerYear == 0));
        Assert.All(all.Requirements.GroupBy(r => r.Segment), g => Assert.Equal(12, g.Count()));
    }

    [Fact]
    public async Task A_cse_asking_for_zero_cells_is_denied_but_may_list_the_required_ones()
    {
        var cse = Client(TestAuth.Cse("Ana"));

        await Errors.ExpectAsync(StatusCode.PermissionDenied,
            () => cse.ListRequirementsAsync(new ListRequirementsRequest { Segment = "Maintain", IncludeZero = true }).ResponseAsync);
        var required = await cse.ListRequirementsAsync(new ListRequirementsRequest { Segment = "Maintain" });

        Assert.Equal(8, required.Requirements.Count);
    }
}

using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

public sealed class EventTypeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ServiceFactory<RequirementsServiceMarker> _service = null!;

    public async ValueTask InitializeAsync() =>
        _service = new ServiceFactory<RequirementsServiceMarker>(await postgres.CreateMigratedDatabaseAsync());

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    private RequirementsService.RequirementsServiceClient Client(string? token) => new(_service.Channel(token));

    [Fact]
    public async Task Lists_the_twelve_event_types_ordered_by_code()
    {
        var response = await Client(TestAuth.Admin).ListEventTypesAsync(new ListEventTypesRequest());

        Assert.Equal(12, response.EventTypes.Count);
        Assert.Equal(response.EventTypes.Select(e => e.Code).Order(StringComparer.Ordinal), response.EventTypes.Select(e => e.Code));
        Assert.Contains(response.EventTypes, e => e.Code == "PGL_ENGAGE" && e.Id == "ff6b28a6-9204-4bba-a55a-89100e3b5775");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("expired")]
    [InlineData("forged")]
    public async Task A_call_without_a_valid_token_is_unauthenticated(string? kind)
    {
        var token = kind switch { "expired" => TestAuth.Expired, "forged" => TestAuth.Forged, _ => null };

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client(token).ListEventTypesAsync(new ListEventTypesRequest()));

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}

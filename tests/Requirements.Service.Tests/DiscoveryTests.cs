using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>grpcurl-style discovery: gRPC health always, server reflection in Development.</summary>
public sealed class DiscoveryTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    [Fact]
    public async Task Health_answers_serving_without_a_token()
    {
        var response = await new Health.HealthClient(Service.Channel()).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_requirements_service()
    {
        using var call = new ServerReflection.ServerReflectionClient(Service.Channel()).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "segmentation.requirements.v1.RequirementsService");
    }
}

using Google.Protobuf;
using Grpc.Core;
using Segmentation.Requirements.V1;
using Segmentation.TestSupport;

namespace Segmentation.Requirements.Tests;

/// <summary>Issue 12: bytes that are not the request message, sent in a real gRPC frame straight to the
/// service, answer INVALID_ARGUMENT (grpc-dotnet's default is UNKNOWN, before any interceptor runs).</summary>
public sealed class MalformedProtobufTests(PostgresFixture postgres) : ServiceTest(postgres)
{
    private static readonly Marshaller<byte[]> Raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    public static TheoryData<string, byte[]> Malformed => new()
    {
        { "truncated length-delimited field", [0x0A, 0x05, 0x41] },
        { "varint longer than ten bytes", [0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01] },
        { "invalid UTF-8 (an encoded surrogate)", [0x0A, 0x03, 0xED, 0xA0, 0x80] },
        { "invalid wire type", [0x0F, 0x00] },
        { "field number zero", [0x02, 0x00] },
    };

    private CallInvoker Invoker => Service.Channel(TestAuth.Admin).CreateCallInvoker();

    private static Method<byte[], byte[]> Method(MethodType type, string name) =>
        new(type, RequirementsService.Descriptor.FullName, name, Raw, Raw);

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_unary_request_is_invalid_argument(string what, byte[] bytes)
    {
        var error = await Errors.ExpectAsync(StatusCode.InvalidArgument, () =>
            Invoker.AsyncUnaryCall(Method(MethodType.Unary, "CreateClient"), null, new CallOptions(), bytes).ResponseAsync);

        Assert.False(string.IsNullOrEmpty(error.Status.Detail), what);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM nps_clients"));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_streaming_request_is_invalid_argument(string what, byte[] bytes)
    {
        // StreamAssessmentsRequest's string field is number 5 (client_names); field 1 is an int32.
        if (bytes[0] == 0x0A) bytes = [0x2A, .. bytes[1..]];
        var error = await Errors.ExpectAsync(StatusCode.InvalidArgument, async () =>
        {
            using var call = Invoker.AsyncServerStreamingCall(Method(MethodType.ServerStreaming, "StreamAssessments"), null, new CallOptions(), bytes);
            while (await call.ResponseStream.MoveNext(CancellationToken.None)) { }
        });
        Assert.NotNull(error.Status.Detail);
        Assert.NotEmpty(what);
    }

    [Fact]
    public async Task Well_formed_bytes_still_reach_the_service()
    {
        var bytes = new GetClientRequest { Name = "Nobody" }.ToByteArray();

        await Errors.ExpectAsync(StatusCode.NotFound, () =>
            Invoker.AsyncUnaryCall(Method(MethodType.Unary, "GetClient"), null, new CallOptions(), bytes).ResponseAsync);
    }
}

using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Tests;

/// <summary>The status table of API.md "Conventions", and what a problem keeps of a service's message.</summary>
public sealed class GrpcProblemMapperTests
{
    [Theory]
    [InlineData(Grpc.Core.StatusCode.InvalidArgument, 400)]
    [InlineData(Grpc.Core.StatusCode.Unauthenticated, 401)]
    [InlineData(Grpc.Core.StatusCode.PermissionDenied, 403)]
    [InlineData(Grpc.Core.StatusCode.NotFound, 404)]
    [InlineData(Grpc.Core.StatusCode.AlreadyExists, 409)]
    [InlineData(Grpc.Core.StatusCode.FailedPrecondition, 409)]
    [InlineData(Grpc.Core.StatusCode.Aborted, 409)]
    [InlineData(Grpc.Core.StatusCode.ResourceExhausted, 429)]
    [InlineData(Grpc.Core.StatusCode.Unavailable, 503)]
    [InlineData(Grpc.Core.StatusCode.DeadlineExceeded, 504)]
    [InlineData(Grpc.Core.StatusCode.Internal, 500)]
    [InlineData(Grpc.Core.StatusCode.Unknown, 500)]
    [InlineData(Grpc.Core.StatusCode.Unimplemented, 500)]
    public void Maps_each_status_as_the_contract_says(Grpc.Core.StatusCode code, int http) =>
        Assert.Equal(http, GrpcProblemMapper.HttpStatusOf(code));

    [Theory]
    [InlineData(Grpc.Core.StatusCode.Internal)]
    [InlineData(Grpc.Core.StatusCode.Unavailable)]
    [InlineData(Grpc.Core.StatusCode.DeadlineExceeded)]
    public void A_server_side_failure_keeps_none_of_the_services_message(Grpc.Core.StatusCode code)
    {
        var rpc = new RpcException(new Grpc.Core.Status(code, "Npgsql: relation \"x\" at 10.0.0.7:5432"));

        var problem = GrpcProblemMapper.ToProblem(rpc, FieldAliases.CamelCase);

        Assert.Null(problem.Detail);
        Assert.DoesNotContain("10.0.0.7", problem.Title);
    }

    [Fact]
    public void Field_violations_become_an_errors_object_in_camel_case()
    {
        var bad = new BadRequest();
        bad.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "client_name", Description = "Unknown client." });
        bad.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "event_date", Description = "Not a date." });
        bad.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = "event_date", Description = "Too early." });
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = "invalid" };
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(bad));

        var problem = Assert.IsType<HttpValidationProblemDetails>(GrpcProblemMapper.ToProblem(status.ToRpcException(), FieldAliases.CamelCase));

        Assert.Equal(400, problem.Status);
        Assert.Equal(["Unknown client."], problem.Errors["clientName"]);
        Assert.Equal(["Not a date.", "Too early."], problem.Errors["eventDate"]);
    }

    [Fact]
    public void An_invalid_argument_without_details_still_has_an_errors_object()
    {
        var rpc = new RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.InvalidArgument, "year is out of range"));

        var problem = Assert.IsType<HttpValidationProblemDetails>(GrpcProblemMapper.ToProblem(rpc, FieldAliases.CamelCase));

        Assert.Equal(["year is out of range"], problem.Errors["request"]);
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Tests;

/// <summary>The one exception handler: whatever goes wrong while a request is read or bound is the
/// caller's 4xx; only a real fault is a 500 (issue 12). Exceptions the HTTP tests cannot provoke on
/// purpose are thrown at the handler directly.</summary>
public sealed class ExceptionHandlerTests
{
    public static TheoryData<string, int> Cases => new()
    {
        { nameof(BadHttpRequestException), 400 },
        { "BadHttpRequestException 413", 413 },
        { nameof(JsonException), 400 },
        { nameof(InvalidDataException), 400 },
        { nameof(DecoderFallbackException), 400 },
        { nameof(IOException), 400 },
        { nameof(NullReferenceException), 500 },
        { nameof(InvalidOperationException), 500 },
    };

    private static Exception Make(string name) => name switch
    {
        nameof(BadHttpRequestException) => new BadHttpRequestException("Unexpected end of request content."),
        "BadHttpRequestException 413" => new BadHttpRequestException("Request body too large.", 413),
        nameof(JsonException) => new JsonException("'0xFF' is an invalid start of a value.", "$.notes", 0, 7),
        nameof(InvalidDataException) => new InvalidDataException("Multipart body length limit exceeded."),
        nameof(DecoderFallbackException) => new DecoderFallbackException("Unable to translate bytes."),
        nameof(IOException) => new IOException("Unexpected end of Stream."),
        nameof(NullReferenceException) => new NullReferenceException(),
        _ => new InvalidOperationException("A bug."),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Maps_each_exception_to_problem_details(string exception, int status)
    {
        await using var services = new ServiceCollection().AddLogging()
            .AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new RpcExceptionHandler(NullLogger<RpcExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, Make(exception), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(status, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        // The one factory's shape: title and type for the status, and a trace id to quote.
        Assert.Equal(ProblemTitles.Of(status), json.RootElement.GetProperty("title").GetString());
        Assert.Equal(ProblemTypes.Of(status), json.RootElement.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("traceId").GetString()));
        Support.ProblemAssert.HasNoInternals(body);
        if (status == 400) Assert.True(json.RootElement.TryGetProperty("errors", out _), body);
    }
}

using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>An HTTP/2 POST application/grpc carrying one length-prefixed message of arbitrary bytes, as a
/// client with a broken serializer (or an attacker) would send it; reads grpc-status from the trailers.</summary>
public sealed record RawGrpcCall(RpcMethod Method, byte[] Message)
{
    /// <summary>Never INTERNAL, UNKNOWN, DATA_LOSS or UNAVAILABLE for a bad input.</summary>
    private static readonly int[] Forbidden = [13, 2, 15, 14];

    private static readonly string[] Names =
    [
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ];

    private static readonly TimeSpan StreamDeadline = TimeSpan.FromMilliseconds(800);

    public string Key => $"gRPC {Method.Path} {Convert.ToHexString(SHA256.HashData(Message))}";

    public AdversarialInput ToInput(string @class, string detail) =>
        new("gRPC", $"{@class} → {Method.Descriptor.Name}", $"{Method.Path} {detail} ({Message.Length} bytes)", Key, SendAsync);

    private async Task<Outcome> SendAsync()
    {
        var frame = new byte[5 + Message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)Message.Length);
        Message.CopyTo(frame, 5);
        using var request = new HttpRequestMessage(HttpMethod.Post, Method.Path) { Version = HttpVersion.Version20, Content = new ByteArrayContent(frame) };
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        // Watch and stream RPCs may stay open on a valid request: the deadline ends them quickly.
        request.Headers.TryAddWithoutValidation("grpc-timeout", Method.IsStreaming ? $"{StreamDeadline.TotalMilliseconds}m" : "20S");
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await Method.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
            var body = await response.Content.ReadAsByteArrayAsync(cancel.Token);
            var raw = Header(response, "grpc-status");
            if (response.StatusCode != HttpStatusCode.OK || raw is null)
                return new Outcome($"HTTP {(int)response.StatusCode}, no grpc-status", Broken: (int)response.StatusCode >= 500 || raw is null, Refused: (int)response.StatusCode is >= 400 and < 500);
            var code = int.TryParse(raw, out var c) ? c : -1;
            var name = code >= 0 && code < Names.Length ? Names[code] : raw;
            if (code == 0 && ReportsNothingCommitted(body)) return new Outcome("OK, committed = false", Broken: false, Refused: true);
            return new Outcome(name, Broken: code < 0 || Forbidden.Contains(code), Refused: code is not (0 or 1 or 4) && !Forbidden.Contains(code));
        }
        catch (Exception error) when (Method.IsStreaming && started.Elapsed >= StreamDeadline)
        {
            // grpc-dotnet resets a stream that is still open at its deadline (RST_STREAM CANCEL); a fault
            // would have ended it with a status instead.
            return new Outcome($"DEADLINE_EXCEEDED (reset: {error.GetType().Name})", Broken: false, Refused: false);
        }
        catch (Exception error)
        {
            return Outcome.Threw(error);
        }
    }

    /// <summary>An answer that reports its refusal in the message (ImportEvents: rejected rows are a report
    /// with committed = false, too many for a trailer) is a refusal: nothing may have changed.</summary>
    private bool ReportsNothingCommitted(byte[] body)
    {
        var committed = Method.Descriptor.OutputType.FindFieldByName("committed");
        if (committed is not { FieldType: Google.Protobuf.Reflection.FieldType.Bool } || body.Length < 5) return false;
        var message = Method.Descriptor.OutputType.Parser.ParseFrom(body, 5, body.Length - 5);
        return !(bool)committed.Accessor.GetValue(message);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var t) ? t.FirstOrDefault()
        : response.Headers.TryGetValues(name, out var h) ? h.FirstOrDefault() : null;
}

using Grpc.Core;
using Segmentation.Events.V1;
using Segmentation.ServiceDefaults.Grpc;
using Format = Segmentation.Events.V1.ImportEventsRequest.Types.Format;

namespace Segmentation.Events.Import;

/// <summary>The file of a streamed ImportEvents call as a read-only stream: the readers pull the next
/// message when they have used the last one, so the service never holds more than one chunk of the
/// file. Enforces the file's size limit and that later messages do not change the format or dry_run.</summary>
public sealed class ImportStream : Stream
{
    private readonly IAsyncStreamReader<ImportEventsRequest> _requests;
    private readonly long _limit;
    private ReadOnlyMemory<byte> _chunk;
    private long _read;
    private long _line = 1;
    private bool _ended;

    private ImportStream(IAsyncStreamReader<ImportEventsRequest> requests, ImportEventsRequest first, long limit)
    {
        _requests = requests;
        _limit = limit;
        Format = first.Format;
        DryRun = first.DryRun;
        _chunk = Accept(first);
    }

    public Format Format { get; }
    public bool DryRun { get; }

    /// <summary>A NUL byte is never text in a UTF-8 register (a UTF-16 file is full of them): with this set,
    /// the file is refused as a whole, naming the line, rather than row by row.</summary>
    public bool RefuseNul { get; set; }

    /// <summary>Reads the first message; a call that sends none has no file.</summary>
    public static async Task<ImportStream> OpenAsync(IAsyncStreamReader<ImportEventsRequest> requests, long limit, CancellationToken ct)
    {
        if (!await requests.MoveNext(ct)) throw new ValidationException("content", "The file is empty.");
        return new ImportStream(requests, requests.Current, limit);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        while (_chunk.IsEmpty)
        {
            if (_ended || !await _requests.MoveNext(ct)) { _ended = true; return 0; }
            _chunk = Accept(_requests.Current);
        }
        var count = Math.Min(buffer.Length, _chunk.Length);
        _chunk[..count].CopyTo(buffer);
        _chunk = _chunk[count..];
        if (RefuseNul) CheckText(buffer.Span[..count]);
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    // The request stream is asynchronous only; a reader that reads synchronously would block a thread per import.
    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Read the import asynchronously.");

    private void CheckText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
            throw new ValidationException("content", $"Line {_line + bytes[..nul].Count((byte)'\n')} contains a NUL byte (U+0000); save the file as UTF-8 CSV.");
        _line += bytes.Count((byte)'\n');
    }

    private ReadOnlyMemory<byte> Accept(ImportEventsRequest message)
    {
        if (message.Format != Format.Unspecified && message.Format != Format)
            throw new ValidationException("format", "Only the first message names the format; later ones leave it unset or repeat it.");
        if (message.DryRun && !DryRun)
            throw new ValidationException("dry_run", "Only the first message names dry_run; later ones leave it unset or repeat it.");
        _read += message.Content.Length;
        if (_read > _limit) throw new ValidationException("content", $"The file is larger than {_limit} bytes.");
        return message.Content.Memory;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read - _chunk.Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

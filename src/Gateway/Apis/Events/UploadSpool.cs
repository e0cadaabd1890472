using System.Buffers;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>Holds an upload until it is complete: in memory up to 1 MiB, past that in a temp file that is
/// deleted on close. So many large uploads at once never fill the gateway's memory, and Events' import
/// transaction opens only once the whole file is here (a slow uploader never holds a database connection).</summary>
public static class UploadSpool
{
    private const int MemoryBytes = 1024 * 1024;

    /// <summary>The body, positioned at its start, or null when it has more than <paramref name="limit"/> bytes.</summary>
    public static async Task<Stream?> ReadAsync(Stream body, long limit, CancellationToken ct)
    {
        Stream spool = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                if (spool.Length + read > limit) { await spool.DisposeAsync(); return null; }
                if (spool is MemoryStream memory && memory.Length + read > MemoryBytes) spool = await ToFileAsync(memory, ct);
                await spool.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<Stream> ToFileAsync(MemoryStream memory, CancellationToken ct)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"segmentation-upload-{Guid.NewGuid():N}"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        memory.Position = 0;
        await memory.CopyToAsync(file, ct);
        await memory.DisposeAsync();
        return file;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Segmentation.Events.V1;
using Segmentation.Gateway.Errors;
using Format = Segmentation.Events.V1.ImportEventsRequest.Types.Format;

namespace Segmentation.Gateway.Apis.Events;

/// <summary>An import's bytes as they came: a text/csv body, an .xlsx body, or the first file of a
/// multipart/form-data upload, held whole (<see cref="UploadSpool"/>; the form reader spools files to
/// disk itself) before Events is called. The gateway does not parse rows; Events does.</summary>
public sealed record ImportUpload(Format Format, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<(ImportUpload? Upload, ProblemHttpResult? Error)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
            return (null, Unsupported());
        // Events reads CSV as UTF-8 (a BOM is fine); a body labelled otherwise would be misread, not imported.
        if (type.Charset.HasValue && !HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, Unsupported());
        try
        {
            if (mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)) return await FromFormAsync(request, limit, ct);
            var format = FormatOf(mediaType, fileName: null);
            if (format is null) return (null, Unsupported());
            var content = await UploadSpool.ReadAsync(request.Body, limit, ct);
            return content is null ? (null, TooLarge(limit)) : Checked(format.Value, content);
        }
        catch (InvalidDataException)
        {
            // Kestrel and the form reader both throw this for a body past their limit or a broken multipart.
            return (null, Invalid("body", "The upload could not be read as multipart/form-data within the size limit."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            // A body that ends early (a cut connection, a multipart without its closing boundary) is the
            // caller's broken upload; BadHttpRequestException is an IOException too.
            return (null, Invalid("body", "The upload ended before it was complete; send the whole file again."));
        }
    }

    private static async Task<(ImportUpload?, ProblemHttpResult?)> FromFormAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null) return (null, Invalid("file", "Attach the CSV or .xlsx file as the form field \"file\"."));
        var format = FormatOf(file.ContentType, file.FileName);
        if (format is null) return (null, Invalid("file", "Upload a .csv or .xlsx file."));
        // Within MultipartBodyLengthLimit, and spooled to disk past 64 KiB by the form reader.
        return Checked(format.Value, file.OpenReadStream());
    }

    private static (ImportUpload?, ProblemHttpResult?) Checked(Format format, Stream content)
    {
        if (content.Length > 0) return (new ImportUpload(format, content), null);
        content.Dispose();
        return (null, Invalid("body", "The upload is empty."));
    }

    /// <summary>The file name decides first (browsers send .csv as many types), then the media type.</summary>
    private static Format? FormatOf(string? mediaType, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension == ".csv") return Format.Csv;
        if (extension == ".xlsx") return Format.Xlsx;
        if (!string.IsNullOrEmpty(fileName)) return null;
        return mediaType?.ToLowerInvariant() switch
        {
            "text/csv" or "application/csv" => Format.Csv,
            Xlsx => Format.Xlsx,
            _ => null,
        };
    }

    private static ProblemHttpResult Invalid(string field, string message) =>
        Problems.Result(Problems.Field(field, message));

    private static ProblemHttpResult TooLarge(long limit) =>
        Problems.Result(Problems.Field("body", $"The upload is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge));

    private static ProblemHttpResult Unsupported() =>
        Problems.Result(Problems.Field("body", $"Send text/csv (UTF-8), {Xlsx} or multipart/form-data.", StatusCodes.Status415UnsupportedMediaType));
}

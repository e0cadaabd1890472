using Microsoft.AspNetCore.Http.HttpResults;
using Segmentation.Gateway.Errors;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>?format= of the exports: csv (the default) or xlsx; the file is named after what it holds.</summary>
public static class ExportFormat
{
    public static bool IsValid(string? format) => format is null or "csv" or "xlsx";

    public static ValidationProblem Invalid() => Problems.Validation(Problems.Field("format", "The format must be csv or xlsx."));

    public static FileContentHttpResult File(string? format, string name, IReadOnlyList<string> header,
        IReadOnlyCollection<IReadOnlyList<string?>> rows, IReadOnlySet<string> numbers) =>
        format == "xlsx"
            ? TypedResults.File(XlsxFile.Of(header, rows, numbers), XlsxFile.ContentType, name + ".xlsx")
            : TypedResults.File(CsvFile.Of(header, rows), CsvFile.ContentType, name + ".csv");
}

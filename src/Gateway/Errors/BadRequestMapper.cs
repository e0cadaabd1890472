using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Segmentation.Gateway.Input;

namespace Segmentation.Gateway.Errors;

/// <summary>Turns the framework's binding failures (a query value that is not a number, a body that is
/// not JSON, a missing body, a body too large) into 4xx problem details naming the field. The
/// framework's own messages are not passed on: they echo the input and name .NET types.</summary>
public static partial class BadRequestMapper
{
    // RequestDelegateFactory's messages all quote the parameter as "Type name".
    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterPattern();

    public static ProblemDetails ToProblem(BadHttpRequestException exception)
    {
        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        if (status == StatusCodes.Status413PayloadTooLarge) return Problem(status, "body", "The request body is larger than this route accepts.");
        if (status == StatusCodes.Status415UnsupportedMediaType) return Problem(status, "body", "Send the body as application/json.");
        if (exception.InnerException is JsonException json) return FromJson(json);

        var match = ParameterPattern().Match(exception.Message);
        var parameter = match.Success ? match.Groups["name"].Value : null;
        if (parameter is null or "body")
        {
            var missing = exception.Message.StartsWith("Required", StringComparison.Ordinal)
                || exception.Message.Contains("no body was provided", StringComparison.Ordinal);
            return Problem(status, "body", missing ? "A JSON body is required." : "The body could not be read.");
        }
        var description = exception.Message.StartsWith("Required", StringComparison.Ordinal)
            ? "This value is required."
            : RuleOf(match.Groups["type"].Value);
        return Problem(status, parameter, description);
    }

    /// <summary>The framework names a nullable parameter "QueryDate?" or "Nullable<QueryDate>" depending on
    /// the path that failed, so the type is found inside the name rather than matched exactly.</summary>
    private static string RuleOf(string typeName) =>
        typeName.Contains(nameof(QueryDate), StringComparison.Ordinal) ? QueryDate.Rule
        : typeName.Contains(nameof(QueryYear), StringComparison.Ordinal) ? QueryYear.Rule
        : "This value has the wrong format.";

    /// <summary>A body that could not be decoded at all (invalid UTF-8, a broken stream).</summary>
    public static HttpValidationProblemDetails Unreadable() => Problem(StatusCodes.Status400BadRequest, "body", "The body could not be read.");

    public static HttpValidationProblemDetails FromJson(JsonException json)
    {
        var field = FieldOf(json.Path);
        var unknown = json.Message.Contains("could not be mapped", StringComparison.Ordinal);
        if (unknown) return Problem(StatusCodes.Status400BadRequest, UnknownMember(json.Message) ?? field, "This field is not part of the request.");
        if (MissingMemberPattern().Match(json.Message) is { Success: true } missing)
            return Problem(StatusCodes.Status400BadRequest, missing.Groups["name"].Value, "This value is required.");
        // AllowDuplicateProperties = false: "Duplicate property 'notes' encountered …"; the path names it too.
        if (json.Message.StartsWith("Duplicate propert", StringComparison.Ordinal))
            return Problem(StatusCodes.Status400BadRequest, field != "body" ? field : DuplicateMember(json.Message) ?? field, "This field appears more than once.");
        if (field == "body") return Problem(StatusCodes.Status400BadRequest, field, "The body is not a valid JSON object of the documented shape.");
        return Problem(StatusCodes.Status400BadRequest, field, "This value has the wrong type or format (dates are YYYY-MM-DD, 1900-01-01 … 9000-12-31).");
    }

    /// <summary>"$.attendees[2]" → "attendees[2]"; "$" or none → "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex("JSON property '(?<name>[^']{1,100})'")]
    private static partial Regex UnknownMemberPattern();

    // [JsonRequired]: "… was missing required properties including: 'requiredCountPerYear'."
    [GeneratedRegex("missing required propert[^:]{0,40}: '(?<name>[^']{1,100})'")]
    private static partial Regex MissingMemberPattern();

    [GeneratedRegex("^Duplicate property '(?<name>[^']{1,100})'")]
    private static partial Regex DuplicateMemberPattern();

    private static string? DuplicateMember(string message) =>
        DuplicateMemberPattern().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    private static string? UnknownMember(string message) =>
        UnknownMemberPattern().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    private static HttpValidationProblemDetails Problem(int status, string field, string description) =>
        Problems.Field(field, description, status);
}

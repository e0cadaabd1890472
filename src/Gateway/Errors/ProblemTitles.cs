namespace Segmentation.Gateway.Errors;

/// <summary>One human title per HTTP status, so every problem response reads the same way.</summary>
public static class ProblemTitles
{
    public static string Of(int status) => status switch
    {
        400 => "One or more fields are invalid.",
        401 => "Authentication is required.",
        403 => "You are not allowed to do this.",
        404 => "Not found.",
        405 => "This method is not allowed here.",
        409 => "The request conflicts with the current state.",
        413 => "The request body is too large.",
        414 => "The request URL is too long.",
        415 => "This content type is not supported here.",
        429 => "Too many requests.",
        499 => "The caller went away.",
        503 => "A service is unavailable; try again shortly.",
        504 => "A service took too long to answer.",
        _ => "An unexpected error occurred.",
    };
}

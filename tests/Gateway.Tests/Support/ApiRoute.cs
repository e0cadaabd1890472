namespace Segmentation.Gateway.Tests.Support;

/// <summary>One route of API.md: how the OpenAPI document names it, and a concrete request to send.</summary>
public sealed record ApiRoute(string Method, string Template, string SamplePath, string? SampleJson = null)
{
    public HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), SamplePath);
        if (SampleJson is not null) request.Content = Json.Raw(SampleJson);
        return request;
    }

    public override string ToString() => $"{Method} {Template}";
}

namespace Segmentation.Deploy.Tests;

/// <summary>One project of the AppHost's model as a deployment must reproduce it.</summary>
/// <param name="Environment">Publish-mode values: literals, or expressions such as {events.bindings.http.url}.</param>
/// <param name="Port">The endpoint's target port, or 8080 (the .NET images' default) when the model leaves it open.</param>
/// <param name="HealthPath">The path of the model's HTTP health check, if it has one.</param>
/// <param name="CompletedBefore">Projects this one waits for to finish (run to completion) before it starts.</param>
public sealed record ModelProject(
    string Name, string ProjectPath, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> Arguments,
    string? EndpointName, int Port, bool Http2, string? HealthPath, IReadOnlyList<string> CompletedBefore);

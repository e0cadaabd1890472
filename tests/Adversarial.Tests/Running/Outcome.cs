namespace Segmentation.Adversarial.Tests.Running;

/// <summary>What one input got back: an HTTP status or a gRPC status name. <see cref="Broken"/> is a
/// server fault (5xx, a forbidden gRPC status, an exception); <see cref="Refused"/> is a clear refusal
/// (4xx; a gRPC status other than OK, CANCELLED or DEADLINE_EXCEEDED), after which nothing may have changed.</summary>
public sealed record Outcome(string Status, bool Broken, bool Refused)
{
    public static Outcome Threw(Exception error) => new($"threw {error.GetType().Name}: {error.Message.Split('\n')[0]}", Broken: true, Refused: false);
}

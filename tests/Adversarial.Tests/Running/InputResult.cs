namespace Segmentation.Adversarial.Tests.Running;

/// <summary>An input, what it got back, the tables that changed although it was refused, and how long it took.</summary>
public sealed record InputResult(AdversarialInput Input, Outcome Outcome, IReadOnlyList<string> ChangedTables, TimeSpan Elapsed = default)
{
    public bool Failed => Outcome.Broken || ChangedTables.Count > 0 || NotRefused;

    /// <summary>An input that can only be wrong got an answer that is neither a refusal nor a fault.</summary>
    public bool NotRefused => Input.MustBeRefused && !Outcome.Refused && !Outcome.Broken;

    public string Verdict => ChangedTables.Count > 0 ? $"{Outcome.Status}, refused but changed {string.Join(", ", ChangedTables)}"
        : NotRefused ? $"{Outcome.Status}, not refused" : Outcome.Status;

    public string Line => $"{Input.Description} → {Verdict}";
}

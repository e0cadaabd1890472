namespace Segmentation.Adversarial.Tests.Running;

/// <summary>An input, what it got back, and the tables that changed although it was refused.</summary>
public sealed record InputResult(AdversarialInput Input, Outcome Outcome, IReadOnlyList<string> ChangedTables, TimeSpan Elapsed = default)
{
    public bool Failed => Outcome.Broken || ChangedTables.Count > 0;

    public string Line => ChangedTables.Count == 0
        ? $"{Input.Description} → {Outcome.Status}"
        : $"{Input.Description} → {Outcome.Status}, refused but changed {string.Join(", ", ChangedTables)}";
}

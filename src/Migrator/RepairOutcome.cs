namespace Segmentation.Migrator;

/// <summary>What <see cref="DriftRepair"/> did, or why it changed nothing (<see cref="Refusal"/>: unsafe).</summary>
public sealed record RepairOutcome(IReadOnlyList<string> Actions, string? Refusal = null);

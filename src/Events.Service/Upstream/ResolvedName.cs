namespace Segmentation.Events.Upstream;

/// <summary>What Requirements says a name or alias is: the canonical client name and its CSE ("" when none).</summary>
public sealed record ResolvedName(string Name, string Cse);

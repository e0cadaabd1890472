namespace Segmentation.Migrator.Demo;

/// <summary>The real 2025 portfolio of SPEC §10: segments as of September 2025 and the changes
/// effective 2025-09-01. CSE names and events are not public; they are generated.</summary>
public static class DemoPortfolio
{
    public static readonly DateOnly YearStart = new(2025, 1, 1);
    public static readonly DateOnly ChangeDate = new(2025, 9, 1);

    public static readonly IReadOnlyList<DemoClient> Clients =
    [
        new("Barwon Health", "Maintain"),
        new("RVEEH", "Maintain"),
        new("Western Health", "Maintain"),
        new("SLMC", "Maintain", "Leverage"),
        new("GRMC", "Maintain", "Leverage"),
        new("Epworth", "Maintain", "Leverage"),
        new("Albury Wodonga", "Leverage", ReassessedInSeptember: true),
        new("Grampians", "Leverage", "Collaboration"),
        new("GHA", "Leverage", "Collaboration"),
        new("Mount Alvernia", "Leverage"),
        new("NCS/MinDef", "Leverage", "Maintain"),
        new("DoH Victoria", "Nurture", "Collaboration"),
        new("SA Health (iQemo)", "Nurture"),
        new("Te Whatu Ora Waikato", "Collaboration"),
        new("SA Health (iPro)", "Collaboration", "Nurture"),
        new("SingHealth", "Sleeping Giant", "Nurture"),
        new("WA Health", "Sleeping Giant", "Nurture"),
        new("SA Health (Sunrise)", "Giant", "Sleeping Giant"),
    ];

    public static readonly IReadOnlyList<(string Alias, string Client)> Aliases =
    [
        ("Waikato", "Te Whatu Ora Waikato"),
        ("SA Health iPro", "SA Health (iPro)"),
    ];
}

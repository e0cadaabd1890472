namespace Segmentation.Adversarial.Tests.Running;

/// <summary>One generated bad input. <see cref="Class"/> groups it for the report ("query date out of
/// range"); <see cref="Key"/> is everything that makes it distinct (caller, target, headers, bytes).</summary>
public sealed record AdversarialInput(string Protocol, string Class, string Description, string Key, Func<Task<Outcome>> SendAsync)
{
    /// <summary>Wrong for every route and caller: accepting it is a failure too.</summary>
    public bool MustBeRefused => RefusalRules.MustBeRefused(Class);

    public override string ToString() => Description;
}

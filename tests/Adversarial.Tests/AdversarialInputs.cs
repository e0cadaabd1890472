using Segmentation.Adversarial.Tests.Grpc;
using Segmentation.Adversarial.Tests.Rest;
using Segmentation.Adversarial.Tests.Running;

namespace Segmentation.Adversarial.Tests;

/// <summary>The generated inputs, by family, each input once across all families (by its key).
/// Parameters are sent as the admin and (most classes) as a CSE; bodies, media types and RPCs as the admin.</summary>
public sealed class AdversarialInputs(AdversarialSystem system)
{
    public const string Parameters = "REST parameters", Bodies = "REST bodies", Media = "REST media types and files",
        Frames = "gRPC malformed protobuf", Fields = "gRPC bad field values";

    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<AdversarialInput>>> _all = new(() => Generate(system));

    public IReadOnlyList<AdversarialInput> Of(string family) => _all.Value[family];

    public IEnumerable<AdversarialInput> All => _all.Value.Values.SelectMany(v => v);

    /// <summary>The CSE repeats the classes whose handling depends on the caller's scope (dates, numbers,
    /// page tokens, repeated and broken parameters); text rules do not depend on the caller, and the
    /// admin's pass covers them, which keeps a run within its time budget.</summary>
    private static bool ForCse(AdversarialInput input) =>
        !input.Class.Contains("text", StringComparison.Ordinal) && !input.Class.Contains("UTF-8", StringComparison.Ordinal);

    private static IReadOnlyDictionary<string, IReadOnlyList<AdversarialInput>> Generate(AdversarialSystem system)
    {
        var families = new (string, IEnumerable<AdversarialInput>)[]
        {
            (Parameters, system.Operations.SelectMany(o =>
                ParameterInputs.For(o, "admin", system.Admin).Concat(ParameterInputs.For(o, "cse", system.Cse).Where(ForCse)))),
            (Bodies, system.Operations.SelectMany(o => BodyInputs.For(o, "admin", system.Admin))),
            (Media, system.Operations.SelectMany(o => MediaInputs.For(o, "admin", system.Admin))),
            (Frames, system.Rpcs.SelectMany(FrameInputs.For)),
            (Fields, system.Rpcs.SelectMany(FieldInputs.For)),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return families.ToDictionary(f => f.Item1, f => (IReadOnlyList<AdversarialInput>)[.. f.Item2.Where(i => seen.Add(i.Key))]);
    }
}

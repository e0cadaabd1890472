using Segmentation.Adversarial.Tests.Running;
using Segmentation.Adversarial.Tests.Values;

namespace Segmentation.Adversarial.Tests;

/// <summary>Issue 12 item 9: generated malformed requests over every route of the OpenAPI document and
/// every RPC of the protos. None may answer 5xx (REST) or INTERNAL, UNKNOWN, DATA_LOSS or UNAVAILABLE
/// (gRPC), and none that is refused may change a single row. A failure lists every offending input.</summary>
public sealed class AdversarialTests(AdversarialSystem system, ITestOutputHelper output) : IClassFixture<AdversarialSystem>
{
    private readonly AdversarialInputs _inputs = system.Inputs;

    [Fact]
    public void Every_route_and_rpc_gets_inputs_and_at_least_400_distinct_ones_are_sent()
    {
        var all = _inputs.All.ToList();
        output.WriteLine($"{all.Count} distinct inputs: " + string.Join(", ",
            new[] { AdversarialInputs.Parameters, AdversarialInputs.Bodies, AdversarialInputs.Media, AdversarialInputs.Frames, AdversarialInputs.Fields }
                .Select(f => $"{_inputs.Of(f).Count} {f}")));
        output.WriteLine($"{TamperedPageTokens.Derived.Count} tampered page tokens derived from real ones: "
            + string.Join("; ", TamperedPageTokens.Derived.Select(t => t.Label).Take(6)));
        Assert.True(all.Count >= 400, $"Only {all.Count} distinct inputs.");
        Assert.True(system.Operations.Count >= 20, $"The OpenAPI document gave {system.Operations.Count} operations.");
        Assert.Empty(system.UnservedRpcs);
        Assert.All(system.Rpcs, rpc => Assert.Contains(all, i => i.Description.StartsWith(rpc.Path + " ", StringComparison.Ordinal)));
        Assert.All(system.Operations, op => Assert.Contains(all, i => i.Class.EndsWith($"→ {op}", StringComparison.Ordinal)));
    }

    [Fact]
    public Task Bad_path_and_query_parameters_are_refused_cleanly() => RunAsync(AdversarialInputs.Parameters);

    [Fact]
    public Task Bad_json_bodies_are_refused_cleanly() => RunAsync(AdversarialInputs.Bodies);

    [Fact]
    public Task Wrong_media_types_charsets_and_bad_files_are_refused_cleanly() => RunAsync(AdversarialInputs.Media);

    [Fact]
    public Task Malformed_protobuf_is_refused_cleanly_by_every_rpc() => RunAsync(AdversarialInputs.Frames);

    [Fact]
    public Task Bad_field_values_are_refused_cleanly_by_every_rpc() => RunAsync(AdversarialInputs.Fields);

    private async Task RunAsync(string family)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var results = await InputRunner.RunAsync(_inputs.Of(family), system.Host.ConnectionString);
        output.WriteLine($"{family}: {Report.Summary(results)}in {started.Elapsed.TotalSeconds:F0} s");
        Assert.NotEmpty(results);
        Assert.False(results.Any(r => r.Failed), Report.Failures(results));
    }
}

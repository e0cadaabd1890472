using System.Text.Json.Nodes;

namespace Segmentation.Deploy.Tests;

/// <summary>The objects one overlay renders, with the lookups the checks need.</summary>
public sealed class Rendered(IReadOnlyList<JsonObject> objects)
{
    public IReadOnlyList<JsonObject> Objects => objects;

    public IEnumerable<JsonObject> OfKind(string kind) => objects.Where(o => (string?)o["kind"] == kind);

    public JsonObject? Find(string kind, string name) => OfKind(kind).SingleOrDefault(o => Name(o) == name);

    public JsonObject Get(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"No {kind} named '{name}' is rendered.");

    public static string Name(JsonObject o) => (string)o["metadata"]!["name"]!;

    /// <summary>The first container of a Deployment's or Job's pod template.</summary>
    public static JsonObject Container(JsonObject workload) => (JsonObject)workload["spec"]!["template"]!["spec"]!["containers"]![0]!;

    public static JsonObject PodSpec(JsonObject workload) => (JsonObject)workload["spec"]!["template"]!["spec"]!;

    /// <summary>What the container's environment holds: ConfigMap values (envFrom) overridden by env entries;
    /// a Secret reference reads "secret:{name}/{key}".</summary>
    public IReadOnlyDictionary<string, string> Environment(JsonObject workload)
    {
        var container = Container(workload);
        var result = new Dictionary<string, string>();
        foreach (var from in container["envFrom"]?.AsArray() ?? [])
        {
            var name = (string?)from!["configMapRef"]?["name"];
            if (name is null) continue;
            foreach (var (key, value) in Get("ConfigMap", name)["data"]!.AsObject()) result[key] = (string)value!;
        }
        foreach (var entry in container["env"]?.AsArray() ?? [])
        {
            var secret = entry!["valueFrom"]?["secretKeyRef"];
            result[(string)entry["name"]!] = secret is null
                ? (string?)entry["value"] ?? ""
                : $"secret:{secret["name"]}/{secret["key"]}";
        }
        return result;
    }
}

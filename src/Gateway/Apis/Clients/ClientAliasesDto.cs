using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>A client's known alternative spellings (SPEC §4).</summary>
public sealed record ClientAliasesDto(string ClientName, string[] Aliases)
{
    public static ClientAliasesDto From(Client client) => new(client.Name, [.. client.Aliases]);
}

using System.Text.Json.Serialization;

namespace Segmentation.Gateway.Apis.Clients;

/// <summary>POST /api/clients/{clientName}/aliases.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AliasBody(string? Alias);

using Grpc.Core;
using Segmentation.Requirements.Data;
using Segmentation.Requirements.Domain;
using Segmentation.Requirements.V1;
using Segmentation.ServiceDefaults.Grpc;

namespace Segmentation.Requirements.Grpc;

/// <summary>RequirementsService: the paged client list.</summary>
public sealed class ClientListGrpcService(ClientRepository clients, PageTokenCodec pageTokens) : RequirementsService.RequirementsServiceBase
{
    private const string TokenPurpose = "requirements.ListClients";

    /// <summary>AIP-158 keyset pagination in name order. A CSE sees only own clients.</summary>
    public override async Task<ListClientsResponse> ListClients(ListClientsRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var validation = new Validation();
        var segment = validation.OptionalSegment(request.Segment);
        var pageSize = validation.PageSize(request.PageSize);
        var filter = new ClientListFilter(NullIfBlank(request.Cse), segment, NullIfBlank(request.Search));
        var after = pageTokens.Decode<ClientListCursor>(validation, request.PageToken, TokenPurpose, filter.Fingerprint)?.After;
        validation.ThrowIfInvalid();

        var response = new ListClientsResponse();
        if (!caller.IsAdmin)
        {
            // A CSE's list is always limited to own clients; asking for another CSE's gives nothing.
            if (caller.Cse is null || (filter.Cse is not null && filter.Cse != caller.Cse)) return response;
            filter = filter with { Cse = caller.Cse };
        }
        var rows = await clients.ListAsync(filter, after, pageSize + 1, context.CancellationToken);
        var page = rows.Take(pageSize).ToList();
        response.Clients.Add(page.Select(r => r.ToSummary()));
        // The token is bound to the request's own filters, which is what the next request repeats.
        var requested = new ClientListFilter(NullIfBlank(request.Cse), segment, NullIfBlank(request.Search));
        if (rows.Count > pageSize)
            response.NextPageToken = pageTokens.Encode(TokenPurpose, requested.Fingerprint, new ClientListCursor(page[^1].Name));
        return response;
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

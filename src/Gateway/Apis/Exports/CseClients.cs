using Segmentation.Requirements.V1;

namespace Segmentation.Gateway.Apis.Exports;

/// <summary>The names of a CSE's clients the caller may see, from Requirements (which decides access), 500 a call.</summary>
public static class CseClients
{
    public static async Task<List<string>> NamesAsync(RequirementsService.RequirementsServiceClient requirements, string cse, CancellationToken ct)
    {
        var names = new List<string>();
        var request = new ListClientsRequest { Cse = cse, PageSize = 500 };
        do
        {
            var page = await requirements.ListClientsAsync(request, cancellationToken: ct);
            names.AddRange(page.Clients.Where(c => c.Cse == cse).Select(c => c.Name));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        return names;
    }
}

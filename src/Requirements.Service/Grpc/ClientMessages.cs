using Segmentation.Requirements.Data;
using Segmentation.Requirements.V1;

namespace Segmentation.Requirements.Grpc;

/// <summary>The full Client message: the row plus its aliases and segment history.</summary>
public sealed class ClientMessages(ClientRepository clients, SegmentHistoryRepository segmentHistory)
{
    public async Task<Client> ForAsync(ClientRow row, CancellationToken ct)
    {
        var message = new Client { Name = row.Name, Segment = row.Segment, Cse = row.Cse };
        message.Aliases.Add(await clients.AliasesOfAsync(row.Name, ct));
        message.SegmentHistory.Add((await segmentHistory.ListAsync(row.Name, ct)).Select(p => p.ToMessage()));
        return message;
    }
}

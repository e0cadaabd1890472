using System.Net;
using System.Net.Sockets;

namespace Segmentation.AppHost.Tests.Replicas;

/// <summary>Ports for gateways that the AppHost places one after another (Gateway:Port, +1, …), below the
/// kernel's ephemeral range (32768+) for the reason TestSupport's LoopbackPorts gives.</summary>
public static class FreePorts
{
    /// <summary>The first of <paramref name="count"/> consecutive ports that are free right now.</summary>
    public static int Consecutive(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Random.Shared.Next(20_000, 30_000);
            if (Enumerable.Range(first, count).All(IsFree)) return first;
        }
        throw new InvalidOperationException($"No {count} consecutive free ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException) { return false; }
    }
}

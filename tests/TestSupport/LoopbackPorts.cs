using System.Net;
using System.Net.Sockets;

namespace Segmentation.TestSupport;

/// <summary>Ports for the processes a test starts (PostgreSQL, the gateway, the provider), taken below the
/// kernel's ephemeral range: a port handed out by "bind to 0" and released is in that range, where any outgoing
/// connection (Npgsql, a health probe) may take it as its local port before the process binds it.</summary>
public static class LoopbackPorts
{
    private const int Lowest = 15000;

    public static int Free()
    {
        var ceiling = EphemeralRangeStart();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, ceiling);
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {ceiling}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var v4 = new TcpListener(IPAddress.Loopback, port);
            v4.Start();
            using var v6 = Socket.OSSupportsIPv6 ? new TcpListener(IPAddress.IPv6Loopback, port) : null;
            v6?.Start();
            v6?.Stop();
            v4.Stop();
            return true;
        }
        catch (SocketException) { return false; }
    }

    /// <summary>net.ipv4.ip_local_port_range's lower bound (32768 by default on Linux).</summary>
    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return int.TryParse(range[0], out var low) && low > Lowest + 1000 ? low : 32768;
        }
        catch (IOException) { return 32768; }
        catch (UnauthorizedAccessException) { return 32768; }
    }
}

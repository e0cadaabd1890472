using Dapper;

namespace Segmentation.ServiceDefaults.Data;

/// <summary>Registers the Dapper type handlers every service uses, once per process (services share a process in tests).</summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) != 0) return;
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());
    }
}

namespace Segmentation.ServiceDefaults;

/// <summary>Names of the Aspire resources; shared by the AppHost, the services and the tests.</summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Database = "segmentation";
    public const string Migrator = "migrator";
    public const string Requirements = "requirements";
    public const string Events = "events";
    public const string Compliance = "compliance";
    public const string Gateway = "gateway";
    public const string Identity = "identity";
}

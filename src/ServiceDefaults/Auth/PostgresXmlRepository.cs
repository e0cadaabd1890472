using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Segmentation.ServiceDefaults.Auth;

/// <summary>Data Protection's key ring in PostgreSQL (segmentation_data_protection_keys), one ring per
/// application, so every replica reads and protects cookies with the same keys.</summary>
public sealed class PostgresXmlRepository(NpgsqlDataSource database, string ring) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.OpenConnection();
        return connection.Query<string>("SELECT xml FROM segmentation_data_protection_keys WHERE ring = @ring ORDER BY created_at",
            new { ring }).Select(XElement.Parse).ToArray();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.OpenConnection();
        connection.Execute("""
            INSERT INTO segmentation_data_protection_keys (ring, name, xml) VALUES (@ring, @name, @xml)
            ON CONFLICT (ring, name) DO NOTHING
            """, new { ring, name = friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}

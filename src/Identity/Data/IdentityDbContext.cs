using Microsoft.EntityFrameworkCore;

namespace Segmentation.Identity.Data;

/// <summary>OpenIddict's store (applications, authorizations, scopes, tokens) in the "identity" schema of
/// the shared database. The tables come from db/migrations/030, not from EF migrations.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}

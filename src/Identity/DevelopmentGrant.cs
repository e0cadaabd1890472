namespace Segmentation.Identity;

/// <summary>A password-less grant for development only: `grant_type=urn:segmentation:development&username=…`
/// gives that development user's token in one curl command. Not registered outside Development.</summary>
public static class DevelopmentGrant
{
    public const string Type = "urn:segmentation:development";
}

namespace Segmentation.Identity;

/// <summary>Anchors WebApplicationFactory in tests to this project's Program.</summary>
public sealed class IdentityMarker;

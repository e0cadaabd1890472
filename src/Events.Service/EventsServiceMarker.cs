namespace Segmentation.Events;

/// <summary>A public type of this assembly for WebApplicationFactory (every service has a global Program).</summary>
public sealed class EventsServiceMarker;

namespace Segmentation.Events.Domain;

/// <summary>Field lengths (the columns' sizes, and the 4,000 characters of notes).</summary>
public static class Limits
{
    public const int Notes = 4000;
    public const int Location = 500;
    public const int Name = 255;
    public const int RequestId = 128;
}

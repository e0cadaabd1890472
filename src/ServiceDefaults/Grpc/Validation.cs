namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Collects field violations so a request reports every bad field at once.</summary>
public sealed class Validation
{
    private readonly List<FieldViolation> _violations = [];

    public Validation Add(string field, string description)
    {
        _violations.Add(new FieldViolation(field, description));
        return this;
    }

    public Validation Require(bool condition, string field, string description) =>
        condition ? this : Add(field, description);

    public bool IsValid => _violations.Count == 0;

    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new ValidationException(_violations.ToArray());
    }
}

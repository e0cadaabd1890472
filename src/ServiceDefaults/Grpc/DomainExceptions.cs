namespace Segmentation.ServiceDefaults.Grpc;

/// <summary>Base of the few exceptions domain code throws; the server interceptor maps each to a gRPC status.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>Bad input: INVALID_ARGUMENT with one field violation per bad field.</summary>
public sealed class ValidationException(IReadOnlyList<FieldViolation> violations)
    : DomainException(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public ValidationException(string field, string description) : this([new FieldViolation(field, description)]) { }
}

public sealed record FieldViolation(string Field, string Description);

/// <summary>NOT_FOUND.</summary>
public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>ALREADY_EXISTS.</summary>
public sealed class AlreadyExistsException(string message) : DomainException(message);

/// <summary>FAILED_PRECONDITION: the request is valid but the current state forbids it.</summary>
public sealed class PreconditionFailedException(string message) : DomainException(message);

/// <summary>PERMISSION_DENIED.</summary>
public sealed class PermissionDeniedException(string message) : DomainException(message);

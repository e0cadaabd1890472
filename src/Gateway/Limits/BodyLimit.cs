using Microsoft.AspNetCore.Http.Metadata;

namespace Segmentation.Gateway.Limits;

/// <summary>Endpoint metadata: this route reads bodies up to <see cref="MaxRequestBodySize"/> bytes. The
/// routing middleware gives it to the server (Kestrel), and BodySizeLimitMiddleware checks it first.</summary>
public sealed record BodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

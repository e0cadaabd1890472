using Google.Protobuf.Reflection;

namespace Segmentation.Adversarial.Tests.Grpc;

/// <summary>One RPC of the protos and the in-memory host that serves it.</summary>
public sealed record RpcMethod(MethodDescriptor Descriptor, HttpClient Client)
{
    public string Path => $"/{Descriptor.Service.FullName}/{Descriptor.Name}";

    public bool IsStreaming => Descriptor.IsServerStreaming || Descriptor.IsClientStreaming;

    public override string ToString() => Path;
}

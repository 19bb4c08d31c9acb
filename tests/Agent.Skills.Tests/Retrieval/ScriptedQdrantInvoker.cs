using Google.Protobuf;
using Grpc.Core;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>
/// Qdrant's gRPC services as a script: records every unary call (method and request message) and answers with the
/// message the script returns, or the <see cref="RpcException"/> it throws. No Qdrant server can run here.
/// </summary>
internal sealed class ScriptedQdrantInvoker(Func<string, IMessage, IMessage> answer) : CallInvoker
{
    public List<(string Method, IMessage Request)> Calls { get; } = [];

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Calls.Add((method.FullName, (IMessage)request));
        Task<TResponse> response;
        try
        {
            response = Task.FromResult((TResponse)answer(method.FullName, (IMessage)request));
        }
        catch (RpcException e)
        {
            response = Task.FromException<TResponse>(e);
        }

        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException("the index calls Qdrant asynchronously");

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException("the index makes unary calls only");

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the index makes unary calls only");

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException("the index makes unary calls only");
}

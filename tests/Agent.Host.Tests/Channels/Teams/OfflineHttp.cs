using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>
/// HTTP clients that never touch the network: every request is recorded and answered with <see cref="Body"/>, so a
/// test can tell whether a request would have been sent at all, and to where.
/// </summary>
internal sealed class OfflineHttp : HttpMessageHandler, IHttpClientFactory
{
    private readonly ConcurrentQueue<Uri> _requests = new();

    public string Body { get; set; } = "{}";

    public IReadOnlyList<Uri> Requests => [.. _requests];

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request.RequestUri!);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Body, Encoding.UTF8, "application/json") });
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SegmentAI.Skills.Tests.Retrieval;

/// <summary>A fake HTTP server on 127.0.0.1 that records requests and answers them with a handler.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, Task<(int Status, string Body)>> _handler;
    private readonly Task _loop;

    public LoopbackServer(Func<RecordedRequest, Task<(int Status, string Body)>> handler)
    {
        _handler = handler;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public LoopbackServer(Func<RecordedRequest, (int Status, string Body)> handler)
        : this(r => Task.FromResult(handler(r)))
    {
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>A port nothing listens on: bound, read and released.</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = new RecordedRequest(
            context.Request.HttpMethod,
            context.Request.Url!.PathAndQuery,
            await reader.ReadToEndAsync(),
            context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase));
        lock (Requests)
        {
            Requests.Add(request);
        }

        try
        {
            var (status, body) = await _handler(request);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // The client gave up (a time-out test); nothing to answer.
        }
    }
}

/// <summary>One request the fake server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers);

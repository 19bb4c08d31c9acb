using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>
/// A loopback HTTP server speaking the documented protocol of the Slack endpoints the channel calls:
/// <c>POST /api/chat.postMessage</c> and <c>/api/chat.update</c> (JSON with <c>"ok"</c>, and the new message's
/// <c>ts</c>), response URLs under <c>/hooks/</c> (answering <c>ok</c>) and the external file upload
/// (<c>files.getUploadURLExternal</c> with form fields, the bytes posted to its <c>upload_url</c> under <c>/upload/</c>,
/// <c>files.completeUploadExternal</c>). Every call is recorded; answers can be
/// scripted per method (an <c>"ok": false</c> error, a 429 with Retry-After).
/// </summary>
internal sealed class LoopbackSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<SlackCall> _calls = Channel.CreateUnbounded<SlackCall>();
    private readonly ConcurrentQueue<SlackCall> _all = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpResponse, Task>>> _scripted = new(StringComparer.Ordinal);
    private int _nextTs;
    private int _nextFile;

    private LoopbackSlack(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBase => new(BaseAddress, "/api/");

    /// <summary>A response URL on this server, as Slack would put in an interaction payload.</summary>
    public Uri ResponseUrl(string id) => new(BaseAddress, $"/hooks/actions/T0ACMERTL/{id}");

    public IReadOnlyList<SlackCall> Calls => [.. _all];

    public static async Task<LoopbackSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var slack = new LoopbackSlack(app);
        app.MapPost("/api/{method}", (string method, HttpContext context) => slack.AnswerAsync(method, context));
        app.MapPost("/hooks/{**rest}", (HttpContext context) => slack.AnswerAsync("response_url", context));
        app.MapPost("/upload/{fileId}", (string fileId, HttpContext context) => slack.ReceiveUploadAsync(fileId, context));
        await app.StartAsync();
        slack.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return slack;
    }

    /// <summary>The next call to <paramref name="method"/> answers with <paramref name="answer"/> instead of success.</summary>
    public void Script(string method, Func<HttpResponse, Task> answer) =>
        _scripted.GetOrAdd(method, _ => new ConcurrentQueue<Func<HttpResponse, Task>>()).Enqueue(answer);

    /// <summary>The next call received (in arrival order), waiting for it.</summary>
    public async Task<SlackCall> NextCallAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Reads calls until one to <paramref name="method"/> arrives.</summary>
    public async Task<SlackCall> NextCallAsync(string method)
    {
        while (true)
        {
            var call = await NextCallAsync();
            if (call.Method == method)
            {
                return call;
            }
        }
    }

    private async Task ReceiveUploadAsync(string fileId, HttpContext context)
    {
        using var bytes = new MemoryStream();
        await context.Request.Body.CopyToAsync(bytes);
        var call = new SlackCall("upload", context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? string.Empty,
            JsonSerializer.SerializeToElement(new { file_id = fileId }), null, bytes.ToArray());
        _all.Enqueue(call);
        await _calls.Writer.WriteAsync(call);
        await context.Response.WriteAsync($"OK - {bytes.Length}");
    }

    private async Task AnswerAsync(string method, HttpContext context)
    {
        // Slack takes form fields as well as JSON; both are recorded as one JSON object.
        var body = context.Request.HasFormContentType
            ? JsonSerializer.SerializeToElement((await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()))
            : JsonDocument.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()).RootElement.Clone();
        var scripted = _scripted.TryGetValue(method, out var script) && script.TryDequeue(out var answer) ? answer : null;
        var ts = scripted is not null || method is "response_url" or "files.getUploadURLExternal" or "files.completeUploadExternal" ? null
            : method == "chat.update" ? body.GetProperty("ts").GetString()
            : "1700000000." + Interlocked.Increment(ref _nextTs).ToString("D6", CultureInfo.InvariantCulture);

        // Recorded before answering, so a call is visible to the test by the time the channel sees its answer.
        var call = new SlackCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? string.Empty, body, ts);
        _all.Enqueue(call);
        await _calls.Writer.WriteAsync(call);
        if (scripted is not null)
        {
            await scripted(context.Response);
        }
        else if (method == "response_url")
        {
            await context.Response.WriteAsync("ok");
        }
        else if (method == "files.getUploadURLExternal")
        {
            var fileId = "F" + Interlocked.Increment(ref _nextFile).ToString("D8", CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new { ok = true, upload_url = new Uri(BaseAddress, $"/upload/{fileId}").ToString(), file_id = fileId });
        }
        else if (method == "files.completeUploadExternal")
        {
            await context.Response.WriteAsJsonAsync(new { ok = true, files = body.GetProperty("files").EnumerateArray().Select(f => new { id = f.GetProperty("id").GetString() }).ToList() });
        }
        else
        {
            await context.Response.WriteAsJsonAsync(new { ok = true, channel = body.GetProperty("channel").GetString(), ts });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

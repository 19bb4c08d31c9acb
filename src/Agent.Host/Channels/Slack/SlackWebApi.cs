using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// The Slack calls the channel makes: <c>chat.postMessage</c>, <c>chat.update</c> and the external file upload
/// (for chart images) with the bot token, and posts to an interaction's response URL (which needs no token, so none
/// is sent there). Slack answers HTTP 200 with
/// <c>"ok": false</c> when a call fails, which is treated as the failure it is; a 429 is retried after its
/// Retry-After a bounded number of times.
/// </summary>
internal sealed partial class SlackWebApi
{
    public const string ClientName = "slack";

    private const string ResponseUrl = "response_url";

    private const string UploadUrl = "upload_url";

    private readonly IHttpClientFactory _clients;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackWebApi> _logger;

    public SlackWebApi(IHttpClientFactory clients, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApi> logger)
    {
        _clients = clients;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Posts <paramref name="message"/> in the thread of <paramref name="threadTs"/>; returns the new message's ts.</summary>
    public async Task<string> PostMessageAsync(string channel, string threadTs, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = message.ToBody(new("channel", channel), new("thread_ts", threadTs), new("unfurl_links", false), new("unfurl_media", false));
        var answer = await CallAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
        return answer.TryGetProperty("ts", out var ts) && ts.GetString() is { Length: > 0 } posted
            ? posted
            : throw new SlackApiException("chat.postMessage", "the answer has no ts");
    }

    /// <summary>Replaces the message at <paramref name="ts"/> with <paramref name="message"/>.</summary>
    public async Task UpdateMessageAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await CallAsync("chat.update", message.ToBody(new("channel", channel), new("ts", ts)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts <paramref name="message"/> to an interaction's response URL, visible to the channel, in the thread.</summary>
    public async Task RespondAsync(Uri responseUrl, string threadTs, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);
        if (!_options.AllowsResponseUrl(responseUrl))
        {
            throw new SlackApiException(ResponseUrl, $"host {responseUrl.Host} is not in Slack:AllowedResponseUrlHosts");
        }

        var body = message.ToBody(new("replace_original", false), new("response_type", "in_channel"), new("thread_ts", threadTs));
        using var response = await SendAsync(ResponseUrl, responseUrl, body, token: null, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(ResponseUrl, $"HTTP {(int)response.StatusCode} {Snippet(text)}".TrimEnd());
        }

        // Slack answers "ok" as text or JSON; only an explicit "ok": false is a failure.
        if (TryParse(text) is { } json && json.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False)
        {
            throw new SlackApiException(ResponseUrl, ErrorOf(json));
        }
    }

    /// <summary>
    /// Shares <paramref name="png"/> in the thread with Slack's external upload flow: <c>files.getUploadURLExternal</c>
    /// for an upload URL and a file id, the bytes posted to that URL, then <c>files.completeUploadExternal</c> to share
    /// the file in the channel's thread.
    /// </summary>
    public async Task UploadImageAsync(string channel, string threadTs, string fileName, string title, byte[] png, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(png);
        const string GetUrl = "files.getUploadURLExternal";
        var ticket = await CallAsync(GetUrl, () => new FormUrlEncodedContent(
            [
                new("filename", fileName),
                new("length", png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("alt_txt", title),
            ]), cancellationToken).ConfigureAwait(false);
        var uploadUrl = ticket.TryGetProperty("upload_url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var address)
            ? address
            : throw new SlackApiException(GetUrl, "the answer has no upload_url");
        var fileId = ticket.TryGetProperty("file_id", out var id) && id.GetString() is { Length: > 0 } file
            ? file
            : throw new SlackApiException(GetUrl, "the answer has no file_id");
        if (!_options.AllowsUploadUrl(uploadUrl))
        {
            throw new SlackApiException(UploadUrl, $"host {uploadUrl.Host} is not Slack's file host");
        }

        using (var response = await SendAsync(UploadUrl, uploadUrl, () => new ByteArrayContent(png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, _options.BotToken, cancellationToken).ConfigureAwait(false))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(UploadUrl, $"HTTP {(int)response.StatusCode}");
            }
        }

        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title });
        await CallAsync("files.completeUploadExternal", new JsonObject { ["files"] = files, ["channel_id"] = channel, ["thread_ts"] = threadTs }, cancellationToken).ConfigureAwait(false);
    }

    private Task<JsonElement> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString();
        return CallAsync(method, () => new StringContent(payload, Encoding.UTF8, "application/json"), cancellationToken);
    }

    private async Task<JsonElement> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, _options.ApiMethod(method), content, _options.BotToken, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"HTTP {(int)response.StatusCode} {Snippet(text)}".TrimEnd());
        }

        if (TryParse(text) is not { } json)
        {
            throw new SlackApiException(method, "the answer is not JSON");
        }

        if (!json.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            throw new SlackApiException(method, ErrorOf(json));
        }

        return json;
    }

    private Task<HttpResponseMessage> SendAsync(string method, Uri address, JsonObject body, string? token, CancellationToken cancellationToken)
    {
        var payload = body.ToJsonString();
        return SendAsync(method, address, () => new StringContent(payload, Encoding.UTF8, "application/json"), token, cancellationToken);
    }

    // The content is made afresh for each attempt: a request's content cannot be sent twice.
    private async Task<HttpResponseMessage> SendAsync(string method, Uri address, Func<HttpContent> content, string? token, CancellationToken cancellationToken)
    {
        var client = _clients.CreateClient(ClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address)
            {
                Content = content(),
            };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new SlackApiException($"Slack {method} failed: {ex.Message}", ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SlackApiException($"Slack {method} took longer than Slack:RequestTimeout ({_options.RequestTimeout})", ex);
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter is { } retryAfter
                ? retryAfter.Delta ?? (retryAfter.Date - _time.GetUtcNow()) ?? TimeSpan.Zero
                : TimeSpan.FromSeconds(1);
            wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            response.Dispose();
            if (attempt >= _options.RateLimitRetries || wait > _options.MaxRetryAfter)
            {
                throw new SlackApiException(method, $"rate limited (Retry-After {wait.TotalSeconds:0} s)");
            }

            LogRateLimited(_logger, method, wait.TotalSeconds);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ErrorOf(JsonElement json) =>
        json.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString()! : "the answer is not ok";

    private static string Snippet(string text) => text.Length <= 200 ? text : text[..200];

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack rate-limited {Method}; trying again in {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string method, double seconds);
}

using System.Text.Json;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>One request the channel made to Slack.</summary>
/// <param name="Method">chat.postMessage, chat.update, response_url, files.getUploadURLExternal, upload or files.completeUploadExternal.</param>
/// <param name="Authorization">Its Authorization header ("" when none).</param>
/// <param name="ContentType">Its Content-Type.</param>
/// <param name="Body">Its JSON body (form fields as a JSON object).</param>
/// <param name="AnsweredTs">The message ts Slack answered with, for a successful post or update.</param>
/// <param name="Bytes">The raw body of an upload to an upload URL; null for API calls.</param>
internal sealed record SlackCall(string Method, string Authorization, string ContentType, JsonElement Body, string? AnsweredTs, byte[]? Bytes = null)
{
    public string? ThreadTs => Body.TryGetProperty("thread_ts", out var ts) ? ts.GetString() : null;

    public string Text => Body.GetProperty("text").GetString()!;

    public IReadOnlyList<JsonElement> Blocks => [.. Body.GetProperty("blocks").EnumerateArray()];

    public IReadOnlyList<string> BlockTypes => [.. Blocks.Select(b => b.GetProperty("type").GetString()!)];

    /// <summary>The buttons of the actions block: action_id → the button.</summary>
    public IReadOnlyDictionary<string, JsonElement> Buttons =>
        Blocks.Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .ToDictionary(e => e.GetProperty("action_id").GetString()!, e => e, StringComparer.Ordinal);

    /// <summary>Every mrkdwn text of the message, in block order.</summary>
    public string AllText => string.Join("\n", Blocks.SelectMany(Texts));

    private static IEnumerable<string> Texts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() is "mrkdwn" or "plain_text" => [element.GetProperty("text").GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Texts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Texts),
        _ => [],
    };
}

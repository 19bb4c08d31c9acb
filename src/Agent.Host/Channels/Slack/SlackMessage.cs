using System.Text.Json.Nodes;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>A reply as Slack shows it: Block Kit blocks, and the plain text notifications show.</summary>
/// <param name="Text">The notification fallback (escaped mrkdwn).</param>
/// <param name="Blocks">The blocks; copied into each request, since a JSON node belongs to one parent.</param>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>A request body with the message's <c>text</c> and <c>blocks</c> after <paramref name="fields"/>.</summary>
    public JsonObject ToBody(params ReadOnlySpan<KeyValuePair<string, JsonNode?>> fields)
    {
        var body = new JsonObject();
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        body["text"] = Text;
        body["blocks"] = Blocks.DeepClone();
        return body;
    }
}

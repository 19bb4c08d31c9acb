using System.Text.Json;

namespace SegmentAI.Host.Tests.Channels.Teams;

/// <summary>An activity the bot posted to the Bot Connector stub.</summary>
/// <param name="RawTarget">The request target exactly as sent (path still percent-encoded).</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="Body">The activity.</param>
internal sealed record PostedActivity(string RawTarget, string? Authorization, JsonElement Body)
{
    public string? Type => Body.GetProperty("type").GetString();

    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    public string? ConversationId => Body.TryGetProperty("conversation", out var c) ? c.GetProperty("id").GetString() : null;

    /// <summary>The Adaptive Card of the first attachment; fails the test when there is none.</summary>
    public JsonElement Card
    {
        get
        {
            var attachment = Body.GetProperty("attachments")[0];
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
            return attachment.GetProperty("content");
        }
    }
}

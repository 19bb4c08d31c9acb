using System.Text.Json;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>How Slack's JSON reads: snake_case names, unknown fields ignored.</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}

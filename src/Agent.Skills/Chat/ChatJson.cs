using System.Text.Json;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Chat;

/// <summary>Serializes replies in the chat contract's snake_case form.</summary>
public static class ChatJson
{
    private static readonly JsonSerializerOptions Compact = new(SegmentJson.Options) { WriteIndented = false };

    /// <summary>One reply as indented JSON.</summary>
    public static string Serialize(ChatReply reply) => JsonSerializer.Serialize(reply, SegmentJson.Options);

    /// <summary>One reply on one line (the <c>chat --json</c> output).</summary>
    public static string SerializeLine(ChatReply reply) => JsonSerializer.Serialize(reply, Compact);

    /// <summary>A reply read back from <see cref="SerializeLine"/>; <see cref="JsonException"/> when <paramref name="json"/> holds none.</summary>
    public static ChatReply Deserialize(string json) =>
        JsonSerializer.Deserialize<ChatReply>(json, Compact) ?? throw new JsonException("expected a chat reply object, got null");
}

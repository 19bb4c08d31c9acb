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
}

using System.Text.Json;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>Feedback kinds as stored: snake_case words the schema's CHECK constraint lists.</summary>
internal static class FeedbackKinds
{
    private static readonly Dictionary<FeedbackKind, string> Names =
        Enum.GetValues<FeedbackKind>().ToDictionary(k => k, k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()));

    private static readonly Dictionary<string, FeedbackKind> Kinds = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(FeedbackKind kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown feedback kind.");

    public static FeedbackKind Parse(string name) =>
        Kinds.TryGetValue(name, out var kind) ? kind : throw new InvalidOperationException($"Long-term memory holds feedback of unknown kind '{name}'.");
}

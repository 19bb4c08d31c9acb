using System.Text.Json;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>Enum values as stored: the snake_case words the schema's CHECK constraints list.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class StoredNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToDictionary(k => k, k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()));

    private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(TEnum value) =>
        Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {typeof(TEnum).Name}.");

    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Long-term memory holds an unknown {typeof(TEnum).Name} '{name}'.");
}

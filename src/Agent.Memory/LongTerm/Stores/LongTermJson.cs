using System.Text.Json;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>How list-valued audit fields (retrieved facets, inferred values, trace steps) are kept as JSON columns.</summary>
internal static class LongTermJson
{
    // snake_case keys, so the evals and anyone querying the log read the same names the rest of the product uses.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<T> ReadList<T>(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// The stored JSON form of a <see cref="SessionState"/>: compact, with segment definitions in their one published
/// shape (<see cref="SegmentJson"/>), so a state read back equals the state written.
/// </summary>
internal static class SessionStateJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The state as JSON.</summary>
    public static string Serialize(SessionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return JsonSerializer.Serialize(state, Options);
    }

    /// <summary>The state <paramref name="json"/> holds; <see cref="JsonException"/> saying what is wrong when it holds none.</summary>
    public static SessionState Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<SessionState>(json, Options)
            ?? throw new JsonException("the stored session is JSON null instead of a session object");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Nulls are written because positional records (turns, ambiguity records) require every constructor
        // parameter on read. Computed members (next turn, slot keys, window days) are derived, so they are not stored.
        var options = new JsonSerializerOptions(SegmentJson.Options)
        {
            WriteIndented = false,
            IgnoreReadOnlyProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

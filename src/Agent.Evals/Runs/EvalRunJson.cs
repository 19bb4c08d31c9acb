using System.Text.Json;
using System.Text.Json.Serialization;

namespace SegmentAI.Evals.Runs;

/// <summary>The JSON shape of runs: snake_case names, indented, nulls written so the shape is stable.</summary>
internal static class EvalRunJson
{
    /// <summary>Serializer options for runs.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a run.</summary>
    public static string Serialize(EvalRun run) => JsonSerializer.Serialize(run, Options);

    /// <summary>Reads a run; throws <see cref="JsonException"/> when the text is not one, or is of a newer schema.</summary>
    public static EvalRun Deserialize(string json)
    {
        var run = JsonSerializer.Deserialize<EvalRun>(json, Options) ?? throw new JsonException("the file holds null, not an eval run");
        return run.SchemaVersion > EvalRun.CurrentSchemaVersion
            ? throw new JsonException($"eval run schema_version {run.SchemaVersion} is newer than this program reads ({EvalRun.CurrentSchemaVersion}); update it")
            : run;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

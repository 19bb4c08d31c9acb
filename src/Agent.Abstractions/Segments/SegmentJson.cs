using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Segments;

/// <summary>The one JSON shape of segment definitions: snake_case names and enums, and the schema that describes it.</summary>
public static class SegmentJson
{
    /// <summary>Serializer options for definitions (files, API, chat replies).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Parses a definition, turning malformed JSON into a <see cref="SegmentValidationException"/> that says where.</summary>
    public static SegmentDefinition Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SegmentDefinition>(json, Options)
                ?? throw new SegmentValidationException([new SegmentIssue("$", "the file is empty; expected a segment definition object")]);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new SegmentValidationException([new SegmentIssue(JsonErrorText.PathOf(ex), $"invalid segment definition JSON{where}: {JsonErrorText.Reason(ex)}")]);
        }
    }

    /// <summary>Serializes a definition, indented.</summary>
    public static string Serialize(SegmentDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>The JSON Schema of <see cref="SegmentDefinition"/>, generated from the model so it cannot drift.</summary>
    public static string Schema()
    {
        var exporterOptions = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        var schema = Options.GetJsonSchemaAsNode(typeof(SegmentDefinition), exporterOptions);
        if (schema is JsonObject root)
        {
            root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            root.Insert(1, "$id", "https://segmentai.dev/schemas/segment-definition.schema.json");
            root.Insert(2, "title", "SegmentAI segment definition");
            root.Insert(3, "description", "A customer segment: a tree of AND / OR / NOT groups over conditions grounded in a tenant's facet catalog. Time windows are half-open [start, end).");
        }

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SegmentAI.Skills.Configuration;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// What a message asks for, by its snake_case name ("create", "hypothesis"). A name rather than an enum, as
/// <c>ChatRole</c> is, so a plug-in skill can serve an intent of its own (registered with <c>AddSkillIntent</c>);
/// the intents the engine itself routes are the static properties.
/// </summary>
[JsonConverter(typeof(IntentJsonConverter))]
public readonly partial record struct Intent
{
    /// <summary>Creates an intent named <paramref name="name"/> (snake_case: lower-case letters, digits, underscores).</summary>
    /// <exception cref="ArgumentException">The name is not snake_case.</exception>
    public Intent(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!IsName(name))
        {
            throw new ArgumentException($"'{name}' is not an intent name (snake_case, e.g. create or out_of_scope)", nameof(name));
        }

        Name = name;
    }

    /// <summary>Build a new segment ("customers who bought toys last month").</summary>
    public static Intent Create { get; } = new("create");

    /// <summary>Change the current draft or a saved segment ("only gold members", "make it 60 days").</summary>
    public static Intent Edit { get; } = new("edit");

    /// <summary>Delete a saved segment.</summary>
    public static Intent Delete { get; } = new("delete");

    /// <summary>List, show, size or explain segments.</summary>
    public static Intent Query { get; } = new("query");

    /// <summary>An overlap or lift question ("do baby buyers also buy toys?").</summary>
    public static Intent Hypothesis { get; } = new("hypothesis");

    /// <summary>A reply to the question the agent asked.</summary>
    public static Intent Answer { get; } = new("answer");

    /// <summary>Yes / go ahead / confirm.</summary>
    public static Intent Confirm { get; } = new("confirm");

    /// <summary>A judgement of the agent's work ("that's wrong", "great", a rating).</summary>
    public static Intent Feedback { get; } = new("feedback");

    /// <summary>What the agent remembers about the user: list, state, teach, forget; an admin erasing a user.</summary>
    public static Intent Memory { get; } = new("memory");

    /// <summary>What can you do / how does this work.</summary>
    public static Intent Help { get; } = new("help");

    /// <summary>Anything the agent does not do.</summary>
    public static Intent OutOfScope { get; } = new("out_of_scope");

    /// <summary>The intents the engine routes itself, in a fixed order (the classifier's tie order).</summary>
    public static IReadOnlyList<Intent> BuiltIn { get; } = [Create, Edit, Delete, Query, Hypothesis, Answer, Confirm, Feedback, Memory, Help, OutOfScope];

    /// <summary>The intent's snake_case name.</summary>
    public string Name { get; }

    /// <summary>
    /// Reads an intent name, also in the PascalCase earlier versions stored ("OutOfScope"); false for text that
    /// cannot name one.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Intent intent)
    {
        intent = default;
        var trimmed = text?.Trim() ?? "";
        var name = trimmed.Any(char.IsUpper) && !trimmed.Contains('_', StringComparison.Ordinal) ? SnakeCase.From(trimmed) : trimmed.ToLowerInvariant();
        if (!IsName(name))
        {
            return false;
        }

        intent = new Intent(name);
        return true;
    }

    /// <summary>True when <paramref name="name"/> is a well-formed intent name.</summary>
    public static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <inheritdoc />
    public override string ToString() => Name;

    [GeneratedRegex("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    private sealed class IntentJsonConverter : JsonConverter<Intent>
    {
        public override Intent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TryParse(reader.GetString(), out var intent) ? intent : throw new JsonException($"'{reader.GetString()}' is not an intent name");

        public override void Write(Utf8JsonWriter writer, Intent value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }
}

using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Chat;

/// <summary>
/// One typed item of a reply: text, a segment, a question, a table, a chart, a metric, a file. Serialized with a <c>type</c> discriminator so every
/// channel can render the kinds it knows and fall back to the reply's text for the others.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FallBackToNearestAncestor)]
[JsonDerivedType(typeof(TextContent), "text")]
[JsonDerivedType(typeof(TableContent), "table")]
[JsonDerivedType(typeof(ChartContent), "chart")]
[JsonDerivedType(typeof(MetricContent), "metric")]
[JsonDerivedType(typeof(FileContent), "file")]
[JsonDerivedType(typeof(SegmentContent), "segment")]
[JsonDerivedType(typeof(ClarificationContent), "clarification")]
public abstract record ReplyContent
{
    /// <summary>A short heading for the item, if it has one.</summary>
    public string? Title { get; init; }
}

using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Tests.SkillSystem;

/// <summary>One line of <c>Data/intent/labelled.jsonl</c>.</summary>
internal sealed record LabelledUtterance(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("awaiting_answer")] bool AwaitingAnswer);

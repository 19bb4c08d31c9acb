using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Llm;

/// <summary>The model's definition (null unless it parsed) and the record of the call.</summary>
/// <param name="Definition">Parsed definition; it still has to pass the same VERIFY as any other.</param>
/// <param name="Call">Tokens, latency, cost and outcome.</param>
internal sealed record SegmentDraftResult(SegmentDefinition? Definition, LlmCallRecord Call);

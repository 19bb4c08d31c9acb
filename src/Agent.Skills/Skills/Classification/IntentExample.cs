using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Skills.Classification;

/// <summary>One labelled utterance the intent classifier learns from.</summary>
/// <param name="Text">The utterance.</param>
/// <param name="Intent">Its intent.</param>
internal sealed record IntentExample(string Text, Intent Intent);

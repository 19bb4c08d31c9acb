namespace SegmentAI.Skills.Skills.Classification;

/// <summary>The text model's output row: one probability per label, in the label key order.</summary>
internal sealed class IntentScores
{
    public float[] Score { get; set; } = [];
}

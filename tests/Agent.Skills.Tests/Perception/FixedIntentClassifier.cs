using SegmentAI.Skills.Perception;

namespace SegmentAI.Skills.Tests.Perception;

/// <summary>A fake classifier that returns one intent and remembers what it was asked.</summary>
internal sealed class FixedIntentClassifier(Intent intent) : IIntentClassifier
{
    public List<(string Text, bool AwaitingAnswer)> Calls { get; } = [];

    public IntentPrediction Classify(string text, bool awaitingAnswer)
    {
        Calls.Add((text, awaitingAnswer));
        return new IntentPrediction(intent, 0.9, "pattern");
    }
}

namespace SegmentAI.Skills.Perception;

/// <summary>Classifies a normalized, spell-corrected message into an <see cref="Intent"/> without an LLM.</summary>
internal interface IIntentClassifier
{
    /// <summary>Classifies <paramref name="text"/>.</summary>
    /// <param name="text">The normalized message.</param>
    /// <param name="awaitingAnswer">True when the agent's last turn asked a question, which makes short replies answers.</param>
    IntentPrediction Classify(string text, bool awaitingAnswer);
}

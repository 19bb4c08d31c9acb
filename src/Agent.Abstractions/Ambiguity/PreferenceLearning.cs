namespace SegmentAI.Skills.Ambiguity;

/// <summary>How one more answer changes a learned preference; shared by every preference store.</summary>
public static class PreferenceLearning
{
    /// <summary>Confidence of a preference learned from one answer.</summary>
    public const double FirstAnswerConfidence = 0.6;

    /// <summary>How much a contradicting answer lowers confidence.</summary>
    public const double ContradictionPenalty = 0.3;

    /// <summary>Below this confidence a contradicted preference is replaced by the new answer.</summary>
    public const double ReplacementFloor = 0.35;

    /// <summary>
    /// Confidence of an answer that replaced a contradicted preference: below the resolver's use threshold, so
    /// the agent asks once more before relying on a meaning the user has changed their mind about.
    /// </summary>
    public const double ReplacedConfidence = 0.4;

    /// <summary>Confidence of a meaning the user stated outright rather than picked in answer to a question.</summary>
    public const double StatedConfidence = 0.9;

    /// <summary>The preference after a first answer.</summary>
    public static UserPreference First(string kind, AmbiguityOption option, string source) => new(kind, option, FirstAnswerConfidence, source);

    /// <summary>The preference the user stated outright.</summary>
    public static UserPreference Stated(string kind, AmbiguityOption option, string source) => new(kind, option, StatedConfidence, source);

    /// <summary>The preference after another answer: agreement halves the remaining doubt, contradiction lowers confidence.</summary>
    public static UserPreference Update(UserPreference current, AmbiguityOption answer, string source)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(answer);
        if (current.Option.Value == answer.Value)
        {
            return current with { Confidence = Math.Min(0.95, current.Confidence + ((1 - current.Confidence) / 2)), Source = source };
        }

        var lowered = current.Confidence - ContradictionPenalty;
        return lowered < ReplacementFloor
            ? new UserPreference(current.Kind, answer, ReplacedConfidence, source)
            : current with { Confidence = lowered };
    }
}

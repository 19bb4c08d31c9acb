namespace SegmentAI.Skills.Perception;

/// <summary>Whether a message may be acted on, and if not, why.</summary>
/// <param name="Category">The kind of refusal, or null when the message is safe.</param>
/// <param name="Reason">A short explanation fit to show the user, or null when safe.</param>
/// <param name="Matched">The words that triggered the refusal, or null when safe.</param>
public sealed record SafetyVerdict(SafetyCategory? Category, string? Reason, string? Matched)
{
    /// <summary>The verdict for a message that may be acted on.</summary>
    public static SafetyVerdict Safe { get; } = new(null, null, null);

    /// <summary>True when the message may be acted on.</summary>
    public bool IsSafe => Category is null;

    /// <summary>A refusal.</summary>
    public static SafetyVerdict Refuse(SafetyCategory category, string reason, string matched) => new(category, reason, matched);
}

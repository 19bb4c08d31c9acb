namespace SegmentAI.Skills.Memory;

/// <summary>What makes a feedback record acceptable; every feedback store checks it before writing.</summary>
public static class FeedbackRules
{
    /// <summary>Longest comment kept; longer ones are rejected rather than cut.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Throws <see cref="ArgumentException"/> (or its out-of-range subtype) saying what is wrong with <paramref name="feedback"/>.</summary>
    public static void Validate(FeedbackRecord feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (feedback.Kind == FeedbackKind.Rating && feedback.Rating is not (>= 1 and <= 5))
        {
            throw new ArgumentOutOfRangeException(nameof(feedback), feedback.Rating, "A rating must be a whole number from 1 to 5.");
        }

        if (feedback.Kind != FeedbackKind.Rating && feedback.Rating is not null)
        {
            throw new ArgumentException($"Only ratings carry a number; {feedback.Kind} is a signal.", nameof(feedback));
        }

        if (feedback.Comment?.Length > MaxCommentLength)
        {
            throw new ArgumentException($"A comment can be at most {MaxCommentLength} characters.", nameof(feedback));
        }
    }
}

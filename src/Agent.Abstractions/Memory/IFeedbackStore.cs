namespace SegmentAI.Skills.Memory;

/// <summary>Explicit feedback and implicit signals, kept for the optimizer job (seed section 8).</summary>
public interface IFeedbackStore
{
    /// <summary>Records one piece of feedback; a rating outside 1–5 is rejected with <see cref="ArgumentOutOfRangeException"/>.</summary>
    Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default);

    /// <summary>The tenant's feedback at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<FeedbackRecord>> SinceAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken = default);
}

using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Skills.Sessions;

/// <summary>The long-term stores the conversation engine reads and writes besides the segment library.</summary>
/// <param name="Preferences">Learned and stated meanings of vague words.</param>
/// <param name="Vocabulary">Phrases users taught.</param>
/// <param name="Log">Query log, audit trail, traces and error patterns.</param>
/// <param name="Feedback">Ratings and implicit signals.</param>
/// <param name="Patterns">Successful segments, for suggestions.</param>
/// <param name="Erasure">Right to be forgotten across every store.</param>
/// <param name="Reviews">Shadow-replay differences admins review in chat.</param>
internal sealed record LongTermMemory(
    IUserPreferenceSource Preferences,
    IVocabularyStore Vocabulary,
    IInteractionLog Log,
    IFeedbackStore Feedback,
    ISegmentPatternStore Patterns,
    UserErasure Erasure,
    IShadowReviewQueue Reviews);

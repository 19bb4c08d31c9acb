using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

/// <summary>One back end's long-term stores and the erasure a forget request runs over them (as the host wires it).</summary>
public sealed record LongTermStores(
    IUserPreferenceSource Preferences,
    ISegmentLibrary Library,
    IVocabularyStore Vocabulary,
    IInteractionLog Log,
    IFeedbackStore Feedback,
    ISegmentPatternStore Patterns,
    IShadowReviewQueue Reviews,
    IEnumerable<IPersonalDataEraser> Erasers)
{
    public UserErasure Erasure() =>
        new(Erasers, new InMemorySessionStore(), Preferences, Library, Vocabulary, Log, Feedback, Patterns, Reviews);
}

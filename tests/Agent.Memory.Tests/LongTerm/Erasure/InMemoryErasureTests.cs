using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

public sealed class InMemoryErasureTests : PersonalDataErasureContract
{
    protected override LongTermStores CreateStores() => new(
        new InMemoryUserPreferences(),
        new InMemorySegmentLibrary(),
        new InMemoryVocabulary(),
        new InMemoryInteractionLog(),
        new InMemoryFeedbackStore(),
        new InMemorySegmentPatterns(),
        new InMemoryShadowReviewQueue(),
        []);
}

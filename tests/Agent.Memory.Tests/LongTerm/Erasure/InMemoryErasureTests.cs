using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;

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
        []);
}

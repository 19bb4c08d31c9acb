using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Vocabulary;

public sealed class InMemoryVocabularyTests : VocabularyStoreContract
{
    protected override IVocabularyStore CreateStore() => new InMemoryVocabulary();
}

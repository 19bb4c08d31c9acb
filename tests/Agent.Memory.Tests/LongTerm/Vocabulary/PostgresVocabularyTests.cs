using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Vocabulary;

public sealed class PostgresVocabularyTests(PostgresSchema schema) : VocabularyStoreContract, IClassFixture<PostgresSchema>
{
    protected override IVocabularyStore CreateStore() => new SqlVocabulary(schema.Database);
}

using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Vocabulary;

public sealed class SqliteVocabularyTests(SqliteFile file) : VocabularyStoreContract, IClassFixture<SqliteFile>
{
    protected override IVocabularyStore CreateStore() => new SqlVocabulary(file.Database);
}

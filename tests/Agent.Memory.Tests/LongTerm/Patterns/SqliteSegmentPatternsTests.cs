using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Patterns;

public sealed class SqliteSegmentPatternsTests(SqliteFile file) : SegmentPatternStoreContract, IClassFixture<SqliteFile>
{
    protected override ISegmentPatternStore CreateStore() => new SqlSegmentPatterns(file.Database);
}

using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Patterns;

public sealed class PostgresSegmentPatternsTests(PostgresSchema schema) : SegmentPatternStoreContract, IClassFixture<PostgresSchema>
{
    protected override ISegmentPatternStore CreateStore() => new SqlSegmentPatterns(schema.Database);
}

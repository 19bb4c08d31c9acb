using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class PostgresSkillPromotionLogTests(PostgresSchema schema) : SkillPromotionLogContract, IClassFixture<PostgresSchema>
{
    protected override ISkillPromotionLog CreateLog() => new SqlSkillPromotionLog(schema.Database);
}

using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class SqliteSkillPromotionLogTests(SqliteFile file) : SkillPromotionLogContract, IClassFixture<SqliteFile>
{
    protected override ISkillPromotionLog CreateLog() => new SqlSkillPromotionLog(file.Database);
}

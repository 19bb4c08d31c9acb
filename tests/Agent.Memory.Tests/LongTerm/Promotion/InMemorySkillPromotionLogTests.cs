using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class InMemorySkillPromotionLogTests : SkillPromotionLogContract
{
    protected override ISkillPromotionLog CreateLog() => new InMemorySkillPromotionLog();
}

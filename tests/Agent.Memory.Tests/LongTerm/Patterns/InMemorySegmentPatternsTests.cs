using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Patterns;

public sealed class InMemorySegmentPatternsTests : SegmentPatternStoreContract
{
    protected override ISegmentPatternStore CreateStore() => new InMemorySegmentPatterns();
}

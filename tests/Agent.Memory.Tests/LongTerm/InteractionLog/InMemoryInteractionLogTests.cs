using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.InteractionLog;

public sealed class InMemoryInteractionLogTests : InteractionLogContract
{
    protected override IInteractionLog CreateLog() => new InMemoryInteractionLog();
}

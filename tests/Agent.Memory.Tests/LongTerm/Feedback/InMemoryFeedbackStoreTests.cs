using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Feedback;

public sealed class InMemoryFeedbackStoreTests : FeedbackStoreContract
{
    protected override IFeedbackStore CreateStore() => new InMemoryFeedbackStore();
}

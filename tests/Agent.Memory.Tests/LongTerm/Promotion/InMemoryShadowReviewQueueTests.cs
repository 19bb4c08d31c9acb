using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class InMemoryShadowReviewQueueTests : ShadowReviewQueueContract
{
    protected override IShadowReviewQueue CreateQueue() => new InMemoryShadowReviewQueue();
}

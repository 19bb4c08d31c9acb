using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class PostgresShadowReviewQueueTests(PostgresSchema schema) : ShadowReviewQueueContract, IClassFixture<PostgresSchema>
{
    protected override IShadowReviewQueue CreateQueue() => new SqlShadowReviewQueue(schema.Database);
}

using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

public sealed class SqliteShadowReviewQueueTests(SqliteFile file) : ShadowReviewQueueContract, IClassFixture<SqliteFile>
{
    protected override IShadowReviewQueue CreateQueue() => new SqlShadowReviewQueue(file.Database);
}

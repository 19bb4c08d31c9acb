using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Feedback;

public sealed class PostgresFeedbackStoreTests(PostgresSchema schema) : FeedbackStoreContract, IClassFixture<PostgresSchema>
{
    protected override IFeedbackStore CreateStore() => new SqlFeedbackStore(schema.Database);
}

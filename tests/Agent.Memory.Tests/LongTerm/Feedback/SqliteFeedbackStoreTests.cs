using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.Feedback;

public sealed class SqliteFeedbackStoreTests(SqliteFile file) : FeedbackStoreContract, IClassFixture<SqliteFile>
{
    protected override IFeedbackStore CreateStore() => new SqlFeedbackStore(file.Database);
}

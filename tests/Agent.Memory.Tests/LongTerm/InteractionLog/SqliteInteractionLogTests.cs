using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.InteractionLog;

public sealed class SqliteInteractionLogTests(SqliteFile file) : InteractionLogContract, IClassFixture<SqliteFile>
{
    protected override IInteractionLog CreateLog() => new SqlInteractionLog(file.Database);
}

using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.InteractionLog;

public sealed class PostgresInteractionLogTests(PostgresSchema schema) : InteractionLogContract, IClassFixture<PostgresSchema>
{
    protected override IInteractionLog CreateLog() => new SqlInteractionLog(schema.Database);
}

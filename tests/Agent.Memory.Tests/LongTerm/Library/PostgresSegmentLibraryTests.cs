using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Library;

namespace SegmentAI.Memory.Tests.LongTerm.Library;

public sealed class PostgresSegmentLibraryTests(PostgresSchema schema) : SegmentLibraryContract, IClassFixture<PostgresSchema>
{
    protected override ISegmentLibrary CreateLibrary(TimeProvider time) => new SqlSegmentLibrary(schema.Database, time);
}

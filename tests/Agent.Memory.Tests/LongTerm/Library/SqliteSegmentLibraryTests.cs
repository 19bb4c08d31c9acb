using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Library;

namespace SegmentAI.Memory.Tests.LongTerm.Library;

public sealed class SqliteSegmentLibraryTests(SqliteFile file) : SegmentLibraryContract, IClassFixture<SqliteFile>
{
    protected override ISegmentLibrary CreateLibrary(TimeProvider time) => new SqlSegmentLibrary(file.Database, time);
}

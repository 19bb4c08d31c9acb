using SegmentAI.Memory.Tests.LongTerm.Servers;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

public sealed class SqliteErasureTests(SqliteFile file) : PersonalDataErasureContract, IClassFixture<SqliteFile>
{
    protected override LongTermStores CreateStores() => SqlStores.Over(file.Database);
}

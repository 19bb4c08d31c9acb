using SegmentAI.Memory.Tests.LongTerm.Servers;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

public sealed class PostgresErasureTests(PostgresSchema schema) : PersonalDataErasureContract, IClassFixture<PostgresSchema>
{
    protected override LongTermStores CreateStores() => SqlStores.Over(schema.Database);
}

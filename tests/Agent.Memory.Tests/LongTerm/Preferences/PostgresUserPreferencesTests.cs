using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Memory.Tests.LongTerm.Preferences;

public sealed class PostgresUserPreferencesTests(PostgresSchema schema) : UserPreferenceSourceContract, IClassFixture<PostgresSchema>
{
    protected override IUserPreferenceSource CreateStore() => new SqlUserPreferences(schema.Database);
}

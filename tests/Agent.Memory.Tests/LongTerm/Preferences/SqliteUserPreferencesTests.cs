using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Memory.Tests.LongTerm.Preferences;

public sealed class SqliteUserPreferencesTests(SqliteFile file) : UserPreferenceSourceContract, IClassFixture<SqliteFile>
{
    protected override IUserPreferenceSource CreateStore() => new SqlUserPreferences(file.Database);
}

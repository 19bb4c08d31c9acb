using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Memory.Tests.LongTerm.Preferences;

public sealed class InMemoryUserPreferencesTests : UserPreferenceSourceContract
{
    protected override IUserPreferenceSource CreateStore() => new InMemoryUserPreferences();
}

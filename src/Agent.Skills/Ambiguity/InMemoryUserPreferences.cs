using System.Collections.Concurrent;

namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// In-process preference memory with confidence weighting: a first answer is a moderate-confidence preference,
/// the same answer again raises confidence, a contradicting answer lowers it and replaces the preference once
/// confidence falls below the contradiction floor. Long-term stores apply the same rule (<see cref="PreferenceLearning"/>).
/// </summary>
public sealed class InMemoryUserPreferences : IUserPreferenceSource
{
    private readonly ConcurrentDictionary<(string Tenant, string User, string Kind), UserPreference> _preferences = new();

    /// <inheritdoc />
    public Task<UserPreference?> FindAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(_preferences.GetValueOrDefault((tenantId, userId, kind)));

    /// <inheritdoc />
    public Task LearnAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default)
    {
        _preferences.AddOrUpdate(
            (tenantId, userId, kind),
            _ => PreferenceLearning.First(kind, option, source),
            (_, current) => PreferenceLearning.Update(current, option, source));
        return Task.CompletedTask;
    }
}

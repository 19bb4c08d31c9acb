using System.Collections.Concurrent;
using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Ambiguity;

/// <summary>
/// In-process preference memory with confidence weighting: a first answer is a moderate-confidence preference,
/// the same answer again raises confidence, a contradicting answer lowers it and replaces the preference once
/// confidence falls below the contradiction floor. Long-term stores apply the same rule (<see cref="PreferenceLearning"/>).
/// </summary>
public sealed class InMemoryUserPreferences : IUserPreferenceSource, IPersonalDataEraser
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

    /// <inheritdoc />
    public Task SetAsync(string tenantId, string userId, string kind, AmbiguityOption option, string source, CancellationToken cancellationToken = default)
    {
        _preferences[(tenantId, userId, kind)] = PreferenceLearning.Stated(kind, option, source);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserPreference>> ListAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<UserPreference> list = _preferences.Where(p => p.Key.Tenant == tenantId && p.Key.User == userId)
            .Select(p => p.Value).OrderBy(p => p.Kind, StringComparer.Ordinal).ToList();
        return Task.FromResult(list);
    }

    /// <inheritdoc />
    public Task<bool> ForgetAsync(string tenantId, string userId, string kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(_preferences.TryRemove((tenantId, userId, kind), out _));

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        var removed = _preferences.Keys.Where(k => k.Tenant == tenantId && k.User == userId).Count(k => _preferences.TryRemove(k, out _));
        return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.Preferences] = removed }));
    }
}

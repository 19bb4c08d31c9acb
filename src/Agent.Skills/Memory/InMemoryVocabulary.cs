using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Memory;

/// <summary>In-process vocabulary, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemoryVocabulary : IVocabularyStore, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Tenant, string User, string Phrase), VocabularyEntry> _entries = [];

    /// <inheritdoc />
    public Task PutAsync(VocabularyEntry entry, CancellationToken cancellationToken = default)
    {
        var clean = VocabularyRules.Clean(entry);
        lock (_gate)
        {
            _entries[(clean.TenantId, clean.UserId ?? "", clean.Phrase)] = clean;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<VocabularyEntry>> ForUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(VocabularyRules.UserFirst(_entries.Values.Where(e => e.TenantId == tenantId && (e.UserId is null || e.UserId == userId))));
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string tenantId, string? userId, string phrase, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.Remove((tenantId, userId ?? "", VocabularyRules.CleanPhrase(phrase))));
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var mine = _entries.Keys.Where(k => k.Tenant == tenantId && k.User == userId).ToList();
            mine.ForEach(k => _entries.Remove(k));
            return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.Vocabulary] = mine.Count }));
        }
    }
}

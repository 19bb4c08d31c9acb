namespace SegmentAI.Skills.Memory;

/// <summary>User and tenant vocabulary: phrases mapped to conditions.</summary>
public interface IVocabularyStore
{
    /// <summary>Adds or replaces the entry for its phrase (per user, or tenant-wide when <see cref="VocabularyEntry.UserId"/> is null).</summary>
    Task PutAsync(VocabularyEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The user's own entries and the tenant's, the user's first; a user entry hides a tenant entry of the same phrase.</summary>
    Task<IReadOnlyList<VocabularyEntry>> ForUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default);

    /// <summary>Removes an entry (the user's, or the tenant's when <paramref name="userId"/> is null); false when there was none.</summary>
    Task<bool> RemoveAsync(string tenantId, string? userId, string phrase, CancellationToken cancellationToken = default);
}

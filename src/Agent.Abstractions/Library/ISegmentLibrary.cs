using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Library;

/// <summary>A tenant's saved segments. Every operation is scoped to one tenant; another tenant's segments do not exist for it.</summary>
/// <remarks>
/// Every write names the user who makes it (<c>ownerId</c> or <c>changedBy</c>); the version row it writes records
/// them. A store does not check permissions: callers acting for a user go through <c>AuthorizedSegmentLibrary</c>.
/// </remarks>
public interface ISegmentLibrary
{
    /// <summary>Saves a new segment under a name not yet used in the tenant; <paramref name="origin"/> is the turn that saved it, if any.</summary>
    Task<SavedSegment> SaveAsync(string tenantId, string ownerId, string name, SegmentDefinition definition, SegmentOrigin? origin = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the definition of a saved segment (version + 1). A given <paramref name="origin"/> replaces the
    /// segment's; without one it keeps the origin it had.
    /// </summary>
    Task<SavedSegment> UpdateAsync(string tenantId, string segmentId, SegmentDefinition definition, string changedBy, SegmentOrigin? origin = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a segment (version + 1).</summary>
    Task<SavedSegment> RenameAsync(string tenantId, string segmentId, string newName, string changedBy, CancellationToken cancellationToken = default);

    /// <summary>Copies a segment under a new name; the copy keeps the origin of the segment it was copied from.</summary>
    Task<SavedSegment> DuplicateAsync(string tenantId, string segmentId, string newName, string ownerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a segment: it no longer appears and its name is free again; its versions stay in the history with
    /// status "deleted". False when it did not exist.
    /// </summary>
    Task<bool> DeleteAsync(string tenantId, string segmentId, string changedBy, CancellationToken cancellationToken = default);

    /// <summary>The segment with this id, or null.</summary>
    Task<SavedSegment?> GetAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default);

    /// <summary>The segment with this name (case-insensitive), or null.</summary>
    Task<SavedSegment?> FindByNameAsync(string tenantId, string name, CancellationToken cancellationToken = default);

    /// <summary>Every version of a segment, oldest first (empty when it does not exist).</summary>
    Task<IReadOnlyList<SavedSegment>> HistoryAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default);

    /// <summary>All segments of the tenant, newest first.</summary>
    Task<IReadOnlyList<SavedSegment>> ListAsync(string tenantId, CancellationToken cancellationToken = default);
}

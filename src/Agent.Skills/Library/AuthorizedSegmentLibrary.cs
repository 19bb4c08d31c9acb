using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Library;

/// <summary>
/// A tenant's library as one user may use it: every operation checks the permission it needs — view to read,
/// create to save or copy, edit to update or rename, delete to delete — against the user's role, whatever
/// intent or endpoint led to the call, and every write is recorded as that user's. Another tenant's segments do not
/// exist for it.
/// </summary>
/// <remarks>
/// Checking at the operation rather than at the intent means a misrouted message ("rename X to Y" read as a
/// question) can never do more than the user's role allows.
/// </remarks>
public sealed class AuthorizedSegmentLibrary : ISegmentLibrary
{
    private readonly ISegmentLibrary _inner;
    private readonly PermissionChecker _permissions;
    private readonly TenantConfig _tenant;
    private readonly string _userId;
    private readonly bool _trustUnknownUsers;

    /// <summary>Creates the library of <paramref name="tenant"/> as <paramref name="userId"/> may use it.</summary>
    /// <param name="inner">The tenant-scoped store.</param>
    /// <param name="permissions">Decides what the user's role allows.</param>
    /// <param name="tenant">The only tenant this library answers for.</param>
    /// <param name="userId">The user every operation is done for, as enrolled in the tenant.</param>
    /// <param name="trustUnknownUsers">True for trusted local tools (the CLI): a user enrolled nowhere acts with the tenant's default role.</param>
    public AuthorizedSegmentLibrary(ISegmentLibrary inner, PermissionChecker permissions, TenantConfig tenant, string userId, bool trustUnknownUsers)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(permissions);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        _inner = inner;
        _permissions = permissions;
        _tenant = tenant;
        _userId = userId;
        _trustUnknownUsers = trustUnknownUsers;
    }

    /// <summary>The user every operation is done for.</summary>
    public string UserId => _userId;

    /// <inheritdoc />
    public Task<SavedSegment> SaveAsync(string tenantId, string ownerId, string name, SegmentDefinition definition, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.Create, ownerId);
        return _inner.SaveAsync(tenantId, ownerId, name, definition, origin, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> UpdateAsync(string tenantId, string segmentId, SegmentDefinition definition, string changedBy, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.Edit, changedBy);
        return _inner.UpdateAsync(tenantId, segmentId, definition, changedBy, origin, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> RenameAsync(string tenantId, string segmentId, string newName, string changedBy, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.Edit, changedBy);
        return _inner.RenameAsync(tenantId, segmentId, newName, changedBy, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> DuplicateAsync(string tenantId, string segmentId, string newName, string ownerId, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.Create, ownerId);
        return _inner.DuplicateAsync(tenantId, segmentId, newName, ownerId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string segmentId, string changedBy, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.Delete, changedBy);
        return _inner.DeleteAsync(tenantId, segmentId, changedBy, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment?> GetAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.View, _userId);
        return _inner.GetAsync(tenantId, segmentId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment?> FindByNameAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.View, _userId);
        return _inner.FindByNameAsync(tenantId, name, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> HistoryAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.View, _userId);
        return _inner.HistoryAsync(tenantId, segmentId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        Authorize(tenantId, TenantPermission.View, _userId);
        return _inner.ListAsync(tenantId, cancellationToken);
    }

    /// <summary>
    /// Throws <see cref="SegmentLibraryException"/> (forbidden) unless the user may do <paramref name="required"/> at
    /// all, so a role that may never rename hears that before being told which segments exist.
    /// </summary>
    public void Demand(TenantPermission required) => Authorize(_tenant.Id, required, _userId);

    private void Authorize(string tenantId, TenantPermission required, string actingAs)
    {
        if (!string.Equals(tenantId, _tenant.Id, StringComparison.Ordinal))
        {
            throw SegmentLibraryException.Forbidden($"This conversation is in {_tenant.DisplayName}; another workspace's segments can't be used from it.");
        }

        if (!string.Equals(actingAs, _userId, StringComparison.Ordinal))
        {
            throw SegmentLibraryException.Forbidden("A change can only be made in your own name.");
        }

        var decision = _permissions.Check(_tenant, _userId, required, _trustUnknownUsers);
        if (!decision.Allowed)
        {
            throw SegmentLibraryException.Forbidden(decision.Message ?? $"Your role does not allow {required}.");
        }
    }
}

using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Library;

/// <summary>In-process segment library; every method takes one lock so a name check and its write are atomic.</summary>
public sealed class InMemorySegmentLibrary : ISegmentLibrary, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Tenant, string Id), SavedSegment> _segments = [];
    private readonly Dictionary<(string Tenant, string Id), List<SavedSegment>> _history = [];
    private readonly Dictionary<string, long> _sequences = [];
    private readonly TimeProvider _time;

    /// <summary>Creates the library.</summary>
    public InMemorySegmentLibrary(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<SavedSegment> SaveAsync(string tenantId, string ownerId, string name, SegmentDefinition definition, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var clean = SegmentNameRules.Clean(name);
            EnsureNameFree(tenantId, clean, exceptId: null);
            var now = _time.GetUtcNow();

            // Numbered per tenant: a shared counter would tell one tenant how many segments the others save.
            var number = _sequences[tenantId] = _sequences.GetValueOrDefault(tenantId) + 1;
            var segment = new SavedSegment($"seg-{number:D4}", tenantId, ownerId, clean, definition with { Name = clean }, 1, now, now, Origin: origin, ChangedBy: ownerId);
            Put(segment);
            return Task.FromResult(segment);
        }
    }

    /// <inheritdoc />
    public Task<SavedSegment> UpdateAsync(string tenantId, string segmentId, SegmentDefinition definition, string changedBy, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        lock (_gate)
        {
            var current = Require(tenantId, segmentId);
            var updated = current with
            {
                Definition = definition with { Name = current.Name },
                Version = current.Version + 1,
                UpdatedAt = _time.GetUtcNow(),
                Origin = origin ?? current.Origin,
                ChangedBy = changedBy,
            };
            Put(updated);
            return Task.FromResult(updated);
        }
    }

    /// <inheritdoc />
    public Task<SavedSegment> RenameAsync(string tenantId, string segmentId, string newName, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        lock (_gate)
        {
            var current = Require(tenantId, segmentId);
            var clean = SegmentNameRules.Clean(newName);
            EnsureNameFree(tenantId, clean, exceptId: segmentId);
            var renamed = current with { Name = clean, Definition = current.Definition with { Name = clean }, Version = current.Version + 1, UpdatedAt = _time.GetUtcNow(), ChangedBy = changedBy };
            Put(renamed);
            return Task.FromResult(renamed);
        }
    }

    /// <inheritdoc />
    public async Task<SavedSegment> DuplicateAsync(string tenantId, string segmentId, string newName, string ownerId, CancellationToken cancellationToken = default)
    {
        SavedSegment source;
        lock (_gate)
        {
            source = Require(tenantId, segmentId);
        }

        return await SaveAsync(tenantId, ownerId, newName, source.Definition, source.Origin, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string segmentId, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        lock (_gate)
        {
            if (!_segments.Remove((tenantId, segmentId), out var removed))
            {
                return Task.FromResult(false);
            }

            _history[(tenantId, segmentId)].Add(removed with { Status = SegmentStatus.Deleted, Version = removed.Version + 1, UpdatedAt = _time.GetUtcNow(), ChangedBy = changedBy });
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<SavedSegment?> GetAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_segments.GetValueOrDefault((tenantId, segmentId)));
        }
    }

    /// <inheritdoc />
    public Task<SavedSegment?> FindByNameAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_segments.Values.FirstOrDefault(s => s.TenantId == tenantId && string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<SavedSegment> list = _segments.Values.Where(s => s.TenantId == tenantId)
                .OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id, StringComparer.Ordinal).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> HistoryAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<SavedSegment> versions = _history.TryGetValue((tenantId, segmentId), out var list) ? [.. list] : [];
            return Task.FromResult(versions);
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var owned = _segments.Where(s => s.Key.Tenant == tenantId && s.Value.OwnerId == userId).ToList();
            foreach (var (key, segment) in owned)
            {
                _segments[key] = segment with { OwnerId = Erasure.ErasedUser };
            }

            foreach (var (key, segment) in _segments.Where(s => s.Key.Tenant == tenantId && s.Value.ChangedBy == userId).ToList())
            {
                _segments[key] = segment with { ChangedBy = Erasure.ErasedUser };
            }

            foreach (var (key, versions) in _history.Where(h => h.Key.Tenant == tenantId))
            {
                for (var i = 0; i < versions.Count; i++)
                {
                    versions[i] = versions[i] with
                    {
                        OwnerId = versions[i].OwnerId == userId ? Erasure.ErasedUser : versions[i].OwnerId,
                        ChangedBy = versions[i].ChangedBy == userId ? Erasure.ErasedUser : versions[i].ChangedBy,
                    };
                }
            }

            return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.SegmentOwners] = owned.Count }));
        }
    }

    private void Put(SavedSegment segment)
    {
        _segments[(segment.TenantId, segment.Id)] = segment;
        if (!_history.TryGetValue((segment.TenantId, segment.Id), out var versions))
        {
            _history[(segment.TenantId, segment.Id)] = versions = [];
        }

        versions.Add(segment);
    }

    private SavedSegment Require(string tenantId, string segmentId) =>
        _segments.GetValueOrDefault((tenantId, segmentId)) ?? throw SegmentLibraryException.NotFound(segmentId);

    private void EnsureNameFree(string tenantId, string name, string? exceptId)
    {
        if (_segments.Values.Any(s => s.TenantId == tenantId && s.Id != exceptId && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw SegmentLibraryException.NameTaken(name);
        }
    }
}

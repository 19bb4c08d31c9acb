using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Memory;

/// <summary>In-process segment patterns, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemorySegmentPatterns : ISegmentPatternStore, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Tenant, string SegmentId), SegmentPattern> _patterns = [];

    /// <inheritdoc />
    public Task RecordAsync(SegmentPattern pattern, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        lock (_gate)
        {
            _patterns[(pattern.TenantId, pattern.SegmentId)] = pattern;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SimilarSegment>> FindSimilarAsync(string tenantId, string request, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(SimilarSegments.Rank(_patterns.Values.Where(p => p.TenantId == tenantId), request, limit));
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var mine = _patterns.Where(p => p.Value.TenantId == tenantId && p.Value.UserId == userId).ToList();
            foreach (var (key, pattern) in mine)
            {
                _patterns[key] = pattern with { UserId = Erasure.ErasedUser, Request = pattern.SegmentName };
            }

            return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.Patterns] = mine.Count }));
        }
    }
}

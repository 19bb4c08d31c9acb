using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Promotion;

/// <summary>In-process review queue, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemoryShadowReviewQueue : IShadowReviewQueue, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly List<ShadowReviewItem> _items = [];

    /// <inheritdoc />
    public Task<IReadOnlyList<ShadowReviewItem>> EnqueueAsync(string evalRunId, IReadOnlyList<ShadowReviewItem> items, CancellationToken cancellationToken = default)
    {
        ShadowReviewRules.ValidateBatch(evalRunId, items);
        lock (_gate)
        {
            var stored = new List<ShadowReviewItem>(items.Count);
            foreach (var item in items)
            {
                var added = item with { Id = _items.Count + 1, EvalRunId = evalRunId, Status = ReviewStatus.Pending, ReviewedBy = null, ReviewedAt = null, Note = null };
                _items.Add(added);
                stored.Add(added);
            }

            return Task.FromResult<IReadOnlyList<ShadowReviewItem>>(stored);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ShadowReviewItem>> PendingAsync(string tenantId, string skillId, string? candidateVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ShadowReviewItem> pending = _items
                .Where(i => i.TenantId == tenantId && i.SkillId == skillId && i.Status == ReviewStatus.Pending
                    && (candidateVersion is null || i.CandidateVersion == candidateVersion))
                .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task<ShadowReviewItem?> GetAsync(string tenantId, long itemId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_items.FirstOrDefault(i => i.Id == itemId && i.TenantId == tenantId));
        }
    }

    /// <inheritdoc />
    public Task<ShadowReviewItem> ReviewAsync(string tenantId, long itemId, ReviewVerdict verdict, CancellationToken cancellationToken = default)
    {
        ShadowReviewRules.ValidateVerdict(verdict);
        lock (_gate)
        {
            var index = _items.FindIndex(i => i.Id == itemId && i.TenantId == tenantId);
            if (index < 0)
            {
                throw ShadowReviewException.NotFound(itemId);
            }

            if (_items[index].Status != ReviewStatus.Pending)
            {
                throw ShadowReviewException.AlreadyReviewed(_items[index]);
            }

            _items[index] = _items[index] with
            {
                Status = verdict.Approved ? ReviewStatus.Approved : ReviewStatus.Rejected,
                ReviewedBy = verdict.ReviewedBy,
                ReviewedAt = verdict.At,
                Note = verdict.Note,
            };
            return Task.FromResult(_items[index]);
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var count = 0;
            for (var i = 0; i < _items.Count; i++)
            {
                if (_items[i].TenantId == tenantId && _items[i].UserId == userId)
                {
                    _items[i] = _items[i] with { UserId = Erasure.ErasedUser, Turn = _items[i].Turn with { Query = Erasure.ErasedText } };
                    count++;
                }
            }

            return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.ShadowReviews] = count }));
        }
    }

    /// <inheritdoc />
    public Task<int> CountPendingAsync(string tenantId, string skillId, string candidateVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_items.Count(i => i.TenantId == tenantId && i.SkillId == skillId && i.CandidateVersion == candidateVersion && i.Status == ReviewStatus.Pending));
        }
    }
}

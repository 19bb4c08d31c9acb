using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Memory;

/// <summary>In-process feedback store, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly List<FeedbackRecord> _feedback = [];

    /// <inheritdoc />
    public Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default)
    {
        FeedbackRules.Validate(feedback);
        lock (_gate)
        {
            _feedback.Add(feedback);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FeedbackRecord>> SinceAsync(string tenantId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<FeedbackRecord> list = _feedback.Where(f => f.TenantId == tenantId && f.At >= since).OrderBy(f => f.At).ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var count = 0;
            for (var i = 0; i < _feedback.Count; i++)
            {
                if (_feedback[i].TenantId == tenantId && _feedback[i].UserId == userId)
                {
                    _feedback[i] = _feedback[i] with { UserId = Erasure.ErasedUser, Comment = _feedback[i].Comment is null ? null : Erasure.ErasedText };
                    count++;
                }
            }

            return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.Feedback] = count }));
        }
    }
}

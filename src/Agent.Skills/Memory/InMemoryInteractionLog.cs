using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Memory;

/// <summary>In-process interaction log, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemoryInteractionLog : IInteractionLog, IPersonalDataEraser
{
    private readonly Lock _gate = new();
    private readonly List<TurnRecord> _turns = [];
    private readonly Dictionary<(string Tenant, string Skill, string Kind, string Problem), (ErrorPattern Pattern, string ExampleUser)> _errors = [];

    /// <inheritdoc />
    public Task RecordTurnAsync(TurnRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (record.MessageId is { } messageId
                && _turns.Any(t => t.TenantId == record.TenantId && t.SessionId == record.SessionId && t.MessageId == messageId))
            {
                return Task.CompletedTask;
            }

            _turns.Add(record);
            if (ErrorPatterns.Classify(record) is { } problem)
            {
                var key = (record.TenantId, record.SkillId ?? "", record.ReplyKind, problem);
                var count = _errors.TryGetValue(key, out var current) ? current.Pattern.Count : 0;
                _errors[key] = (new ErrorPattern(record.TenantId, record.SkillId ?? "", record.ReplyKind, problem, count + 1, record.Query, record.At), record.UserId);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnRecord>> RecentAsync(string tenantId, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TurnRecord> recent = _turns.Where(t => t.TenantId == tenantId && t.At >= since)
                .Reverse().Take(Math.Max(0, limit)).ToList();
            return Task.FromResult(recent);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TurnRecord>> SessionAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<TurnRecord> turns = _turns.Where(t => t.TenantId == tenantId && t.SessionId == sessionId).OrderBy(t => t.Turn).ToList();
            return Task.FromResult(turns);
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_turns.RemoveAll(t => t.At < cutoff));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ErrorPattern>> ErrorPatternsAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ErrorPattern> patterns = _errors.Values.Select(e => e.Pattern).Where(e => e.TenantId == tenantId)
                .OrderByDescending(e => e.Count).ThenByDescending(e => e.LastSeen).ToList();
            return Task.FromResult(patterns);
        }
    }

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var anonymized = 0;
            for (var i = 0; i < _turns.Count; i++)
            {
                if (_turns[i].TenantId == tenantId && _turns[i].UserId == userId)
                {
                    _turns[i] = _turns[i] with { UserId = Erasure.ErasedUser, Query = Erasure.ErasedText };
                    anonymized++;
                }
            }

            var examples = 0;
            foreach (var (key, entry) in _errors.ToList())
            {
                if (entry.Pattern.TenantId == tenantId && entry.ExampleUser == userId)
                {
                    _errors[key] = (entry.Pattern with { Example = Erasure.ErasedText }, Erasure.ErasedUser);
                    examples++;
                }
            }

            return Task.FromResult(new ErasureReport(new Dictionary<string, int>
            {
                [Erasure.QueryLog] = anonymized,
                [Erasure.ErrorExamples] = examples,
            }));
        }
    }
}

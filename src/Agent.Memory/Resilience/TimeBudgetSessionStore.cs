using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Resilience;

/// <summary>
/// Bounds every call of a session store to a time budget, so a slow or paused store makes a turn fail quickly
/// with <see cref="MemoryUnavailableException"/> instead of hanging. The caller's own cancellation still surfaces
/// as cancellation.
/// </summary>
public sealed class TimeBudgetSessionStore : ISessionStore
{
    private readonly ISessionStore _inner;
    private readonly TimeSpan _budget;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/> with a budget per call.</summary>
    public TimeBudgetSessionStore(ISessionStore inner, TimeSpan budget, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        _inner = inner;
        _budget = budget;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<SessionState?> LoadAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default) =>
        WithinBudgetAsync(token => _inner.LoadAsync(tenantId, sessionId, token), $"load session '{sessionId}'", cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default) =>
        WithinBudgetAsync(token => _inner.DeleteAsync(tenantId, sessionId, token), $"delete session '{sessionId}'", cancellationToken);

    /// <inheritdoc />
    public Task<SessionState> SaveAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WithinBudgetAsync(token => _inner.SaveAsync(state, token), $"save session '{state.SessionId}'", cancellationToken);
    }

    private async Task<T> WithinBudgetAsync<T>(Func<CancellationToken, Task<T>> call, string action, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_budget, _time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync stops waiting even for a store that ignores its token.
            return await call(budget.Token).WaitAsync(budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            throw new MemoryUnavailableException(
                MemoryUnavailableException.ShortTerm,
                $"Short-term memory did not {action} within its {_budget.TotalMilliseconds:0} ms budget, so the turn was not applied. " +
                "The session store is overloaded or unreachable; the conversation resumes once it answers in time.",
                ex);
        }
    }
}

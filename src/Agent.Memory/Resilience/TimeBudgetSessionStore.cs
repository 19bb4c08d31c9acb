using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

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
    private readonly string _storeName;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/> with a budget per call.</summary>
    /// <param name="inner">The store to bound.</param>
    /// <param name="budget">Longest a call may take.</param>
    /// <param name="storeName">What the store is, for the message of a call that ran out of time ("Redis at 10.0.0.5:6379").</param>
    /// <param name="time">Clock of the budget.</param>
    public TimeBudgetSessionStore(ISessionStore inner, TimeSpan budget, string storeName = "the session store", TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(storeName);
        _inner = inner;
        _budget = budget;
        _storeName = storeName;
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
                $"Short-term memory is unavailable: {_storeName} did not {action} within the {_budget.TotalMilliseconds:0} ms budget, so the turn was not applied. " +
                $"Check that {_storeName} is running, reachable and not overloaded; the conversation resumes once it answers in time.",
                ex);
        }
    }
}

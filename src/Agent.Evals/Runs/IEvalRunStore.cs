namespace SegmentAI.Evals.Runs;

/// <summary>Where runs are kept, for reports and the gate to read back.</summary>
public interface IEvalRunStore
{
    /// <summary>Stores <paramref name="run"/>; returns where it went.</summary>
    Task<string> SaveAsync(EvalRun run, CancellationToken cancellationToken = default);

    /// <summary>The run with id <paramref name="runId"/>, or null when there is none.</summary>
    Task<EvalRun?> FindAsync(string runId, CancellationToken cancellationToken = default);
}

using Microsoft.Extensions.AI.Evaluation;

namespace SegmentAI.Evals.Contexts;

/// <summary>The DuckDB warehouse file the agent's segment and the reference SQL both run on.</summary>
internal sealed class WarehouseContext(string path) : EvaluationContext("warehouse")
{
    /// <summary>Path of the DuckDB file.</summary>
    public string Path { get; } = string.IsNullOrWhiteSpace(path) ? throw new ArgumentException("A warehouse path is required.", nameof(path)) : path;
}

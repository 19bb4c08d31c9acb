namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// Extra input an evaluator needs beyond the conversation and the response: the case's expectation, the warehouse
/// to run SQL on, the tenant. Each evaluator looks for the contexts it knows by type and ignores the others.
/// </summary>
public abstract class EvaluationContext
{
    /// <summary>Creates a context named <paramref name="name"/>.</summary>
    protected EvaluationContext(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Name, for reports.</summary>
    public string Name { get; }
}

using Microsoft.Extensions.AI.Evaluation;

namespace SegmentAI.Evals.Contexts;

/// <summary>Finds a context of a given type among those passed to an evaluator.</summary>
internal static class EvaluationContexts
{
    /// <summary>The first context of type <typeparamref name="TContext"/>, or null.</summary>
    public static TContext? Find<TContext>(IEnumerable<EvaluationContext>? contexts)
        where TContext : EvaluationContext =>
        contexts?.OfType<TContext>().FirstOrDefault();
}

using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Suites;

namespace SegmentAI.Evals.Contexts;

/// <summary>What the suite says the reply to this turn must be.</summary>
internal sealed class ExpectationContext(TurnExpectation expectation) : EvaluationContext("expectation")
{
    /// <summary>The turn's expectation.</summary>
    public TurnExpectation Expectation { get; } = expectation ?? throw new ArgumentNullException(nameof(expectation));
}

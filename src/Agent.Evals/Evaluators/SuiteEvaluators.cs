using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>The evaluators every suite turn goes through, combined.</summary>
public static class SuiteEvaluators
{
    /// <summary>Every evaluator; the explanation judge asks <paramref name="judge"/> when one is given.</summary>
    public static CompositeEvaluator Create(IChatClient? judge = null) =>
        new(
            new ExpectedReplyEvaluator(),
            new ConditionMatchEvaluator(),
            new SchemaValidityEvaluator(),
            new ExecutionAccuracyEvaluator(),
            new FacetOverlapEvaluator(),
            new GroundingEvaluator(),
            new BusinessRuleEvaluator(),
            new ClarificationEvaluator(),
            new DuplicateQuestionEvaluator(),
            new TurnCostEvaluator(),
            new ExplanationJudgeEvaluator(judge));
}

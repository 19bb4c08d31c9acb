namespace SegmentAI.Skills.Segments;

/// <summary>How many values each condition operator takes, whatever the facet.</summary>
internal static class OperatorArity
{
    /// <summary>(minimum, maximum) number of values.</summary>
    public static (int Min, int Max) Of(ConditionOperator op) =>
        op switch
        {
            ConditionOperator.In or ConditionOperator.NotIn => (1, int.MaxValue),
            ConditionOperator.Between => (2, 2),
            ConditionOperator.IsTrue or ConditionOperator.IsFalse or ConditionOperator.Within => (0, 0),
            _ => (1, 1),
        };
}

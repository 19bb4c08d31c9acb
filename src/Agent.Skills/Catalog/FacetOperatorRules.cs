using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Catalog;

/// <summary>Which operators make sense for each facet type and kind — shared by catalog loading and segment validation.</summary>
internal static class FacetOperatorRules
{
    private static readonly ConditionOperator[] Comparisons =
        [ConditionOperator.Eq, ConditionOperator.Neq, ConditionOperator.Gt, ConditionOperator.Gte, ConditionOperator.Lt, ConditionOperator.Lte, ConditionOperator.Between];

    /// <summary>Operators a facet of this type and kind can support at all.</summary>
    public static IReadOnlyList<ConditionOperator> Supported(FacetType type, FacetKind kind) =>
        (type, kind) switch
        {
            (FacetType.List, FacetKind.Attribute) => [ConditionOperator.In, ConditionOperator.NotIn, ConditionOperator.Eq, ConditionOperator.Neq],
            (FacetType.List, FacetKind.Event) => [ConditionOperator.In, ConditionOperator.NotIn],
            (FacetType.Number or FacetType.Money, _) => Comparisons,
            (FacetType.Boolean, _) => [ConditionOperator.IsTrue, ConditionOperator.IsFalse],
            (FacetType.Date, FacetKind.Attribute) => [ConditionOperator.Within, ConditionOperator.Before, ConditionOperator.After],
            _ => [],
        };

    /// <summary>How many values an operator takes: (minimum, maximum).</summary>
    public static (int Min, int Max) ValueCount(ConditionOperator op) =>
        op switch
        {
            ConditionOperator.In or ConditionOperator.NotIn => (1, int.MaxValue),
            ConditionOperator.Between => (2, 2),
            ConditionOperator.IsTrue or ConditionOperator.IsFalse or ConditionOperator.Within => (0, 0),
            _ => (1, 1),
        };
}

using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Tenants;

/// <summary>Builds one valid condition for any facet and operator, the way the agent would.</summary>
internal static class FacetConditions
{
    public static readonly TimeWindow Window = new() { Start = new DateOnly(2026, 8, 24), End = new DateOnly(2026, 11, 22), Expression = "in the last 90 days" };

    public static SegmentCondition For(Facet facet, ConditionOperator op)
    {
        IReadOnlyList<string> values = op switch
        {
            ConditionOperator.In or ConditionOperator.NotIn or ConditionOperator.Eq or ConditionOperator.Neq when facet.Type == FacetType.List
                => [facet.Values.Count > 0 ? facet.Values[0].Value : "example"],
            ConditionOperator.Between => ["1", "100"],
            ConditionOperator.Before or ConditionOperator.After => ["2026-01-01"],
            ConditionOperator.IsTrue or ConditionOperator.IsFalse or ConditionOperator.Within => [],
            _ => ["10"],
        };
        return new SegmentCondition
        {
            SourceText = $"{facet.Name} {op}",
            Facet = facet.Id,
            Operator = op,
            Values = values,
            Window = facet.Kind == FacetKind.Event || op == ConditionOperator.Within ? Window : null,
        };
    }
}

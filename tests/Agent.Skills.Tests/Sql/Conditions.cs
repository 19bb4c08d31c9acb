using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Sql;

/// <summary>Short builders so each test reads as the segment it describes.</summary>
internal static class Conditions
{
    public static SegmentCondition Attr(string facet, ConditionOperator op, params string[] values) =>
        new() { SourceText = $"{facet} {op}", Facet = facet, Operator = op, Values = values };

    public static SegmentCondition Event(string facet, ConditionOperator op, int? lastDays, params string[] values) =>
        new()
        {
            SourceText = $"{facet} {op}",
            Facet = facet,
            Operator = op,
            Values = values,
            Window = lastDays is { } days ? TimeWindow.Trailing(days, ShopfrontWarehouse.AsOf, $"in the last {days} days") : null,
        };

    public static EventFilter On(string facet, ConditionOperator op, params string[] values) =>
        new() { Facet = facet, Operator = op, Values = values, SourceText = $"{facet} {op}" };

    public static SegmentCondition SameEvent(this SegmentCondition condition, params EventFilter[] filters) =>
        condition with { SameEvent = filters };

    public static SegmentDefinition Segment(SegmentNode root) => new() { Root = root };

    public static AndNode And(params SegmentNode[] children) => new() { Children = children };

    public static OrNode Or(params SegmentNode[] children) => new() { Children = children };

    public static NotNode Not(SegmentNode child) => new() { Child = child };
}

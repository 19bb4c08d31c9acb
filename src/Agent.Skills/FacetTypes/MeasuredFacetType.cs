using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>What number and money facets share: comparisons with numbers, and events that aggregate to a measure.</summary>
internal abstract class MeasuredFacetType : FacetTypeHandler
{
    private static readonly ConditionOperator[] Comparisons =
        [ConditionOperator.Eq, ConditionOperator.Neq, ConditionOperator.Gt, ConditionOperator.Gte, ConditionOperator.Lt, ConditionOperator.Lte, ConditionOperator.Between];

    /// <inheritdoc />
    public override bool IsMeasured => true;

    /// <inheritdoc />
    public override IReadOnlyList<ConditionOperator> Operators(FacetKind kind) => Comparisons;

    /// <inheritdoc />
    public override void CheckEventMapping(YamlMapReader map, ColumnReference? match, AggregateFunction? aggregate, ColumnReference? measure)
    {
        if (aggregate is null)
        {
            map.Error("aggregate", "a number or money event facet must say how events aggregate (count, sum, avg, max or min)");
        }
        else if (aggregate != AggregateFunction.Count && measure is null)
        {
            map.Error("measure", $"aggregate '{SnakeCase.From(aggregate.Value.ToString())}' needs the measured column (measure: table.column)");
        }
    }

    /// <inheritdoc />
    public override bool TryNormalize(Facet facet, string value, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            normalized = number.ToString(CultureInfo.InvariantCulture);
            problem = null;
            return true;
        }

        normalized = null;
        problem = $"'{value}' is not a number";
        return false;
    }

    /// <inheritdoc />
    public override string? ValuesProblem(ConditionOperator op, IReadOnlyList<string> values) =>
        op == ConditionOperator.Between && values.Count == 2 && SqlComparison.Number(values[0]) > SqlComparison.Number(values[1])
            ? "between needs the smaller value first"
            : null;

    /// <inheritdoc />
    public override void WriteAttributeTest(SqlWriter writer, string column, SegmentCondition condition)
    {
        writer.Append("COALESCE(");
        SqlComparison.Write(writer, column, condition.Operator, condition.Values);
        writer.Append(", FALSE)");
    }

    /// <inheritdoc />
    public override bool WriteSameEventTest(SqlWriter writer, string glue, Facet facet, Func<ColumnReference, string> column, ConditionOperator op, IReadOnlyList<string> values)
    {
        writer.Append(glue);
        SqlComparison.Write(writer, column(SameEvents.RowColumn(facet)!), op, values);
        return true;
    }
}

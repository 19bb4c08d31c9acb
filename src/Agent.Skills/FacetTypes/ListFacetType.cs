using System.Diagnostics.CodeAnalysis;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>A facet with one of a fixed list of values (department, loyalty tier, product category).</summary>
internal sealed class ListFacetType : FacetTypeHandler
{
    /// <inheritdoc />
    public override FacetType Type => FacetType.List;

    /// <inheritdoc />
    public override bool ListsValues => true;

    /// <inheritdoc />
    public override IReadOnlyList<ConditionOperator> Operators(FacetKind kind) =>
        kind == FacetKind.Attribute
            ? [ConditionOperator.In, ConditionOperator.NotIn, ConditionOperator.Eq, ConditionOperator.Neq]
            : [ConditionOperator.In, ConditionOperator.NotIn];

    /// <inheritdoc />
    public override void CheckEventMapping(YamlMapReader map, ColumnReference? match, AggregateFunction? aggregate, ColumnReference? measure)
    {
        // A match that was given but is invalid has already been reported where it was read.
        if (match is null && !map.Has("match"))
        {
            map.Error("match", "a list event facet must name the column its values are matched against (match: table.column)");
        }
    }

    /// <inheritdoc />
    public override bool TryNormalize(Facet facet, string value, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        if (facet.FindValue(value) is { } known)
        {
            normalized = known.Value;
            problem = null;
            return true;
        }

        var hint = EditDistance.Suggest(value, facet.Values.Select(v => v.Value)) is { } close ? $"; did you mean '{close}'?" : "";
        normalized = null;
        problem = $"'{value}' is not a value of {facet.Name}{hint}";
        return false;
    }

    /// <inheritdoc />
    public override void WriteAttributeTest(SqlWriter writer, string column, SegmentCondition condition)
    {
        var negated = condition.Operator is ConditionOperator.NotIn or ConditionOperator.Neq;
        writer.Append($"{(negated ? "NOT " : "")}COALESCE({column} IN (").ValueList(condition.Values).Append("), FALSE)");
    }

    /// <inheritdoc />
    public override bool WriteRowMatch(SqlWriter writer, string glue, Facet facet, Func<ColumnReference, string> column, IReadOnlyList<string> values)
    {
        writer.Append($"{glue}{column(facet.Sql.Match!)} IN (").ValueList(values).Append(")");
        return true;
    }

    /// <inheritdoc />
    public override string DescribeValue(Facet facet, string value) => facet.FindValue(value)?.Label ?? value;
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>A calendar date on the entity (signup date, last visit): within a window, before or on/after a day.</summary>
internal sealed class DateFacetType : FacetTypeHandler
{
    /// <inheritdoc />
    public override FacetType Type => FacetType.Date;

    /// <inheritdoc />
    public override IReadOnlyList<ConditionOperator> Operators(FacetKind kind) =>
        kind == FacetKind.Attribute ? [ConditionOperator.Within, ConditionOperator.Before, ConditionOperator.After] : [];

    /// <inheritdoc />
    public override bool TryNormalize(Facet facet, string value, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            normalized = value;
            problem = null;
            return true;
        }

        normalized = null;
        problem = $"'{value}' is not a date (use YYYY-MM-DD)";
        return false;
    }

    /// <inheritdoc />
    public override void WriteAttributeTest(SqlWriter writer, string column, SegmentCondition condition)
    {
        switch (condition.Operator)
        {
            case ConditionOperator.Within:
                writer.Append($"COALESCE({column} >= ").Value(condition.Window!.Start)
                    .Append($" AND {column} < ").Value(condition.Window.End).Append(", FALSE)");
                break;
            case ConditionOperator.Before:
                writer.Append($"COALESCE({column} < ").Value(SqlComparison.Date(condition.Values[0])).Append(", FALSE)");
                break;
            default:
                writer.Append($"COALESCE({column} >= ").Value(SqlComparison.Date(condition.Values[0])).Append(", FALSE)");
                break;
        }
    }

    /// <inheritdoc />
    public override string DescribeValue(Facet facet, string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? DateText.Day(day) : value;
}

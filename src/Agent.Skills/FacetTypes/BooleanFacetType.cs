using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>Yes or no (opted in to e-mail, has a loyalty card); the only type with antonyms for its "no" side.</summary>
internal sealed class BooleanFacetType : FacetTypeHandler
{
    /// <inheritdoc />
    public override FacetType Type => FacetType.Boolean;

    /// <inheritdoc />
    public override bool HasAntonyms => true;

    /// <inheritdoc />
    public override IReadOnlyList<ConditionOperator> Operators(FacetKind kind) => [ConditionOperator.IsTrue, ConditionOperator.IsFalse];

    /// <inheritdoc />
    public override void WriteAttributeTest(SqlWriter writer, string column, SegmentCondition condition) =>
        writer.Append($"COALESCE({column} = {(condition.Operator == ConditionOperator.IsFalse ? "FALSE" : "TRUE")}, FALSE)");

    /// <inheritdoc />
    public override string DescribeValue(Facet facet, string value) => bool.TryParse(value, out var yes) && yes ? "Yes" : "No";
}

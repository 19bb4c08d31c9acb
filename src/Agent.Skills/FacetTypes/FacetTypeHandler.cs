using System.Diagnostics.CodeAnalysis;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Configuration;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.FacetTypes;

/// <summary>
/// What differs between facet types — the operators a facet may offer, what its catalog entry must declare, how a
/// condition value is checked, how it is tested in SQL and how it reads in English — in one class per type, so a
/// new type is its enum member and one file registered in <see cref="FacetTypeHandlers"/>, not an edit to the
/// catalog parser, validator, compiler and describer.
/// </summary>
internal abstract class FacetTypeHandler
{
    /// <summary>The type this handler is for.</summary>
    public abstract FacetType Type { get; }

    /// <summary>Operators a facet of this type and kind can offer; empty when the type cannot be of that kind.</summary>
    public abstract IReadOnlyList<ConditionOperator> Operators(FacetKind kind);

    /// <summary>True when the catalog lists the facet's values (and only then may it list any).</summary>
    public virtual bool ListsValues => false;

    /// <summary>True when the facet may declare antonyms: words for its "no" side.</summary>
    public virtual bool HasAntonyms => false;

    /// <summary>
    /// True when an event facet's value is an aggregate of its events (a count, a sum) compared with numbers,
    /// rather than the presence of events that match.
    /// </summary>
    public virtual bool IsMeasured => false;

    /// <summary>Reports on <paramref name="map"/> what an event facet of this type is missing from its mapping.</summary>
    /// <param name="map">The facet's <c>sql</c> mapping, where problems are reported.</param>
    /// <param name="match">The column values are matched against, if declared and valid.</param>
    /// <param name="aggregate">How events aggregate, if declared.</param>
    /// <param name="measure">The measured column, if declared and valid.</param>
    public virtual void CheckEventMapping(YamlMapReader map, ColumnReference? match, AggregateFunction? aggregate, ColumnReference? measure)
    {
    }

    /// <summary>Checks one condition value and gives its canonical spelling, or says what is wrong with it.</summary>
    public virtual bool TryNormalize(Facet facet, string value, [NotNullWhen(true)] out string? normalized, [NotNullWhen(false)] out string? problem)
    {
        normalized = value;
        problem = null;
        return true;
    }

    /// <summary>What is wrong with a condition's normalized values taken together, or null.</summary>
    public virtual string? ValuesProblem(ConditionOperator op, IReadOnlyList<string> values) => null;

    /// <summary>Writes the test of an attribute column; the result is TRUE or FALSE, never NULL.</summary>
    public abstract void WriteAttributeTest(SqlWriter writer, string column, SegmentCondition condition);

    /// <summary>
    /// Writes <paramref name="glue"/> and the test that an event row carries one of <paramref name="values"/>, when
    /// this type matches rows by value; returns false (writing nothing) otherwise.
    /// </summary>
    public virtual bool WriteRowMatch(SqlWriter writer, string glue, Facet facet, Func<ColumnReference, string> column, IReadOnlyList<string> values) => false;

    /// <summary>
    /// Writes <paramref name="glue"/> and the test one row of an event must pass for a same-event filter on this facet;
    /// returns false (writing nothing) when any row of the facet's events qualifies.
    /// </summary>
    public virtual bool WriteSameEventTest(SqlWriter writer, string glue, Facet facet, Func<ColumnReference, string> column, ConditionOperator op, IReadOnlyList<string> values) =>
        WriteRowMatch(writer, glue, facet, column, values);

    /// <summary>How one value of the facet reads in a sentence ("Gold", "$1,200", "3 Mar 2026").</summary>
    public virtual string DescribeValue(Facet facet, string value) => value;
}

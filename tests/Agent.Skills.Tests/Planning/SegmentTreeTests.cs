using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Planning;

public sealed class SegmentTreeTests
{
    private static SegmentCondition C(string id) => Attr("tier", ConditionOperator.In, "gold") with { Id = id };

    [Fact]
    public void Or_runs_become_groups_that_are_anded()
    {
        var texas = Attr("state", ConditionOperator.In, "TX") with { Id = "C2" };

        var root = SegmentTree.Combine([new(C("C1"), false), new(texas, true), new(C("C3"), false)]);

        Assert.Equal("(C1 OR C2) AND C3", LogicExpression.Render(root));
    }

    [Fact]
    public void Alternatives_of_one_facet_become_one_condition_with_both_values()
    {
        var texas = Attr("state", ConditionOperator.In, "TX") with { SourceText = "in Texas" };
        var florida = Attr("state", ConditionOperator.In, "FL") with { SourceText = "Florida" };

        var root = Assert.IsType<SegmentCondition>(SegmentTree.Combine([new(texas, false), new(florida, true)]));

        Assert.Equal(["TX", "FL"], root.Values);
        Assert.Equal("in Texas or Florida", root.SourceText);
    }

    [Fact]
    public void A_single_part_is_the_root()
    {
        Assert.Equal("C1", LogicExpression.Render(SegmentTree.Combine([new(C("C1"), false)])));
    }

    [Fact]
    public void Names_come_from_the_users_words_and_stay_short()
    {
        Assert.Equal("Gold members who bought toys", SegmentTree.NameFrom("gold members who bought toys."));
        Assert.True(SegmentTree.NameFrom(new string('x', 30) + " " + new string('y', 50)).Length <= 61);
    }
}

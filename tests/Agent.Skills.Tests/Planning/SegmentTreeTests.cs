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
        var root = SegmentTree.Combine([new(C("C1"), false), new(C("C2"), true), new(C("C3"), false)]);

        Assert.Equal("(C1 OR C2) AND C3", LogicExpression.Render(root));
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

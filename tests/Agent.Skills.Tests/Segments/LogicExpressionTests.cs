using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class LogicExpressionTests
{
    private static SegmentCondition C(string id) => Attr("tier", ConditionOperator.In, "gold") with { Id = id };

    [Fact]
    public void Renders_nested_groups_in_parentheses_and_the_outermost_bare()
    {
        var root = And(And(C("C1"), C("C2")), Not(C("C3")));

        Assert.Equal("(C1 AND C2) AND NOT C3", LogicExpression.Render(root));
    }

    [Fact]
    public void Negated_group_keeps_its_parentheses()
    {
        Assert.Equal("C1 AND NOT (C2 OR C3)", LogicExpression.Render(And(C("C1"), Not(Or(C("C2"), C("C3"))))));
    }

    [Fact]
    public void Single_child_group_renders_as_its_child()
    {
        Assert.Equal("C1", LogicExpression.Render(And(C("C1"))));
    }
}

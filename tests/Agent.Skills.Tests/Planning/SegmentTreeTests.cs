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
    public void Or_between_two_subjects_with_their_own_who_clauses_joins_the_whole_clauses()
    {
        var root = SegmentTree.Combine([new(C("C1"), false), new(C("C2"), false, Relative: true), new(C("C3"), true), new(C("C4"), false, Relative: true)]);

        Assert.Equal("(C1 AND C2) OR (C3 AND C4)", LogicExpression.Render(root));
    }

    [Fact]
    public void Or_before_a_single_who_clause_keeps_the_clause_for_both()
    {
        var texas = Attr("state", ConditionOperator.In, "TX") with { Id = "C2" };

        var root = SegmentTree.Combine([new(C("C1"), false), new(texas, true), new(C("C3"), false, Relative: true)]);

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
    public void An_alternative_of_the_same_kind_after_a_group_stands_beside_its_last_condition()
    {
        var lapsed = Attr("purchased_anything", ConditionOperator.IsFalse) with { Id = "C1" };
        var push = Attr("push_opt_in", ConditionOperator.IsTrue) with { Id = "C2" };
        var sms = Attr("sms_opt_in", ConditionOperator.IsTrue) with { Id = "C3" };
        var group = new AndNode { Children = [lapsed, push] };

        var root = SegmentTree.Combine([new(group, false), new(sms, true)], (a, b) => a.EndsWith("_opt_in", StringComparison.Ordinal) && b.EndsWith("_opt_in", StringComparison.Ordinal));

        Assert.Equal("C1 AND (C2 OR C3)", LogicExpression.Render(root));
    }

    [Fact]
    public void An_alternative_on_a_later_attribute_of_a_group_joins_that_attribute()
    {
        var gold = Attr("tier", ConditionOperator.In, "gold") with { Id = "C1" };
        var texas = Attr("state", ConditionOperator.In, "TX") with { Id = "C2" };
        var florida = Attr("state", ConditionOperator.In, "FL") with { Id = "C3" };

        var root = Assert.IsType<AndNode>(SegmentTree.Combine([new(new AndNode { Children = [gold, texas] }, false), new(florida, true)]));

        Assert.Equal(["TX", "FL"], Assert.IsType<SegmentCondition>(root.Children[1]).Values);
    }

    [Fact]
    public void An_alternative_of_another_kind_after_a_group_is_an_alternative_to_the_whole_group()
    {
        var group = new AndNode { Children = [C("C1"), Attr("state", ConditionOperator.In, "TX") with { Id = "C2" }] };
        var pets = Attr("has_pets", ConditionOperator.IsTrue) with { Id = "C3" };

        var root = SegmentTree.Combine([new(group, false), new(pets, true)], (_, _) => false);

        Assert.Equal("(C1 AND C2) OR C3", LogicExpression.Render(root));
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

    [Fact]
    public void A_new_segment_lead_is_not_part_of_the_name()
    {
        Assert.Equal("Terminated employees with a slack license", SegmentTree.NameFrom("new segment: terminated employees with a slack license"));
    }

    [Fact]
    public void Values_of_a_one_value_attribute_anded_at_the_top_merge_into_one_list()
    {
        var young = Attr("age_band", ConditionOperator.In, "55-64") with { Id = "C1", SourceText = "55-64 year olds" };
        var seniors = Attr("age_band", ConditionOperator.In, "65+") with { Id = "C2", SourceText = "seniors" };
        var and = new AndNode { Children = [young, seniors, C("C3")] };

        var merged = Assert.IsType<AndNode>(SegmentTree.MergeSingleValued(and, facet => facet == "age_band"));

        var band = Assert.IsType<SegmentCondition>(merged.Children[0]);
        Assert.Equal(["55-64", "65+"], band.Values);
        Assert.Equal("55-64 year olds and seniors", band.SourceText);
        Assert.Equal(2, merged.Children.Count);
    }

    [Fact]
    public void Conditions_of_a_facet_that_holds_many_values_stay_apart()
    {
        var toys = Attr("category", ConditionOperator.In, "toys") with { Id = "C1" };
        var games = Attr("category", ConditionOperator.In, "games") with { Id = "C2" };

        var root = SegmentTree.MergeSingleValued(new AndNode { Children = [toys, games] }, _ => false);

        Assert.Equal("C1 AND C2", LogicExpression.Render(root));
    }
}

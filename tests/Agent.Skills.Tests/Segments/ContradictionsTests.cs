using SegmentAI.Skills.Segments;
using static SegmentAI.Skills.Tests.Sql.Conditions;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class ContradictionsTests
{
    private static readonly SegmentCondition Gold = Attr("loyalty_tier", ConditionOperator.In, "gold");

    [Fact]
    public void Finds_a_condition_beside_the_negation_of_the_same_condition()
    {
        var negated = Attr("loyalty_tier", ConditionOperator.In, "gold");
        var root = And(Attr("state", ConditionOperator.In, "CA"), Gold, Not(negated));

        var found = Contradictions.Find(root);

        var pair = Assert.Single(found);
        Assert.Same(Gold, pair.Left);
        Assert.Same(negated, pair.Right);
    }

    [Fact]
    public void Finds_yes_and_no_of_one_flag_over_the_same_window()
    {
        var yes = Event("made_purchase", ConditionOperator.IsTrue, 30);
        var no = Event("made_purchase", ConditionOperator.IsFalse, 30);

        var found = Contradictions.Find(And(yes, no));

        var pair = Assert.Single(found);
        Assert.Equal(("made_purchase", ConditionOperator.IsTrue, ConditionOperator.IsFalse), (pair.Left.Facet, pair.Left.Operator, pair.Right.Operator));
    }

    [Fact]
    public void Finds_a_list_and_an_exclusion_of_every_value_it_names()
    {
        var list = Attr("state", ConditionOperator.In, "CA", "TX");
        var exclusion = Attr("state", ConditionOperator.NotIn, "TX", "NY", "CA");

        var found = Contradictions.Find(And(list, exclusion));

        var pair = Assert.Single(found);
        Assert.Same(list, pair.Left);
        Assert.Same(exclusion, pair.Right);
    }

    [Fact]
    public void Finds_an_exclusion_named_before_the_list_it_covers()
    {
        var exclusion = Attr("state", ConditionOperator.NotIn, "CA", "TX");
        var list = Attr("state", ConditionOperator.In, "TX");

        Assert.Single(Contradictions.Find(And(exclusion, list)));
    }

    [Fact]
    public void Finds_a_contradiction_inside_an_and_group_nested_under_an_or()
    {
        var root = Or(Attr("state", ConditionOperator.In, "CA"), And(Gold, Not(Gold)));

        Assert.Single(Contradictions.Find(root));
    }

    [Fact]
    public void Finds_a_negation_beside_a_nested_and_group_that_holds_the_condition()
    {
        var root = And(And(Gold, Attr("state", ConditionOperator.In, "CA")), Not(Gold));

        Assert.Single(Contradictions.Find(root));
    }

    [Fact]
    public void Yes_and_no_of_one_flag_over_different_windows_can_both_hold()
    {
        // Bought in the last 30 days but not in the last 90 is empty in practice, yet it is not the same test negated:
        // the verifier only refuses what is empty by construction, never what merely looks unlikely.
        var root = And(Event("made_purchase", ConditionOperator.IsTrue, 30), Event("made_purchase", ConditionOperator.IsFalse, 90));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_condition_beside_the_negation_of_the_same_facet_over_another_window_is_kept()
    {
        var root = And(Event("made_purchase", ConditionOperator.IsTrue, 30), Not(Event("made_purchase", ConditionOperator.IsTrue, 90)));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_condition_beside_the_negation_of_another_value_is_kept()
    {
        var root = And(Gold, Not(Attr("loyalty_tier", ConditionOperator.In, "silver")));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_list_and_an_exclusion_of_only_some_of_its_values_are_kept()
    {
        var root = And(Attr("state", ConditionOperator.In, "CA", "TX"), Attr("state", ConditionOperator.NotIn, "TX"));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_list_and_an_exclusion_of_different_values_are_kept()
    {
        var root = And(Attr("state", ConditionOperator.In, "CA"), Attr("state", ConditionOperator.NotIn, "TX"));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_condition_or_its_negation_is_not_a_contradiction()
    {
        Assert.Empty(Contradictions.Find(Or(Gold, Not(Gold))));
    }

    [Fact]
    public void Yes_or_no_of_one_flag_is_not_a_contradiction()
    {
        var root = Or(Event("made_purchase", ConditionOperator.IsTrue, 30), Event("made_purchase", ConditionOperator.IsFalse, 30));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_condition_and_its_negation_in_different_and_groups_under_an_or_are_kept()
    {
        var root = Or(And(Gold, Attr("state", ConditionOperator.In, "CA")), And(Not(Gold), Attr("state", ConditionOperator.In, "TX")));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_negation_beside_an_or_that_offers_another_way_is_kept()
    {
        var root = And(Or(Gold, Attr("state", ConditionOperator.In, "CA")), Not(Gold));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_negation_of_a_different_facet_with_the_same_values_is_kept()
    {
        var root = And(Gold, Not(Attr("previous_loyalty_tier", ConditionOperator.In, "gold")));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void Yes_of_one_flag_and_no_of_another_are_kept()
    {
        var root = And(Event("made_purchase", ConditionOperator.IsTrue, 30), Event("made_return", ConditionOperator.IsFalse, 30));

        Assert.Empty(Contradictions.Find(root));
    }

    [Fact]
    public void A_negation_whose_event_is_narrowed_by_a_same_event_filter_is_kept()
    {
        // Bought, but no online purchase: a filter on the negated events makes it a different test.
        var bought = Event("made_purchase", ConditionOperator.IsTrue, 30);
        var root = And(bought, Not(bought.SameEvent(On("purchase_channel", ConditionOperator.In, "online"))));

        Assert.Empty(Contradictions.Find(root));
    }
}

using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class RepeatedConditionsTests
{
    private static readonly SegmentCondition Gold = Condition("gold members", "loyalty_tier", "gold");
    private static readonly SegmentCondition Texas = Condition("in Texas", "state", "TX");

    [Fact]
    public void A_condition_said_twice_in_one_group_is_kept_once_whatever_words_it_came_from()
    {
        var root = new AndNode { Children = [Gold, Texas, Gold with { SourceText = "show gold members", Confidence = 0.8, Id = "C3" }] };

        var cleaned = Assert.IsType<AndNode>(RepeatedConditions.Remove(root));

        Assert.Equal([Gold, Texas], cleaned.Children);
    }

    [Fact]
    public void An_and_inside_an_and_is_one_group_so_its_repeat_goes_and_a_lone_survivor_stands_alone()
    {
        var root = new AndNode { Children = [Gold, new AndNode { Children = [Gold, Texas] }] };
        var twice = new OrNode { Children = [Gold, new OrNode { Children = [Gold] }] };

        Assert.Equal([Gold, Texas], Assert.IsType<AndNode>(RepeatedConditions.Remove(root)).Children);
        Assert.Equal(Gold, RepeatedConditions.Remove(twice));
    }

    [Fact]
    public void Conditions_that_differ_in_anything_they_select_all_stay()
    {
        var platinum = Condition("platinum", "loyalty_tier", "platinum");
        var notGold = new NotNode { Child = Gold };
        var root = new OrNode { Children = [Gold, platinum, notGold, new AndNode { Children = [Gold, Texas] }] };

        var cleaned = Assert.IsType<OrNode>(RepeatedConditions.Remove(root));

        Assert.Equal(4, cleaned.Children.Count);
    }

    private static SegmentCondition Condition(string said, string facet, string value) =>
        new() { SourceText = said, Facet = facet, Operator = ConditionOperator.In, Values = [value] };
}

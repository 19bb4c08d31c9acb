using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Perception;

/// <summary>
/// Two bounds of one quantity ("at least 10 but no more than 20", "more than $50 and less than $150") are one
/// inclusive range; a strict bound moves inward by one count, or by one cent of money.
/// </summary>
public sealed class AmountReaderRangeTests
{
    [Fact]
    public void At_least_10_but_no_more_than_20_is_one_count_range_from_10_to_20()
    {
        var (money, numbers) = Read("at least 10 but no more than 20 deal views this week");

        Assert.Empty(money);
        var range = Assert.Single(numbers);
        Assert.Equal("at least 10 but no more than 20", range.Text);
        Assert.Equal((10m, ConditionOperator.Between, (decimal?)20m), (range.Value, range.Comparison, range.UpperValue));
    }

    [Theory]
    [InlineData("a churn score over 0.5 and fewer than 3 orders this year", "over 0.5", "fewer than 3")]
    [InlineData("a coupon propensity above 0.6 and no more than one coupon order", "above 0.6", "no more than one")]
    public void A_bound_after_one_measure_and_one_before_another_are_two_numbers_not_a_range(string text, string first, string second)
    {
        var (_, numbers) = Read(text);

        Assert.Equal([first, second], numbers.Select(n => n.Text));
        Assert.All(numbers, n => Assert.Null(n.UpperValue));
    }

    [Theory]
    [InlineData("placed more than 2 and fewer than 5 orders")]
    [InlineData("with more than 2 and fewer than 5 orders")]
    [InlineData("logins more than 3 and fewer than 10 logins")]
    public void Bounds_around_one_noun_or_after_a_verb_stay_one_range(string text)
    {
        var (_, numbers) = Read(text);

        Assert.NotNull(Assert.Single(numbers).UpperValue);
    }

    [Fact]
    public void More_than_50_dollars_and_less_than_150_is_a_money_range_one_cent_inside_each_bound()
    {
        var (money, numbers) = Read("customers who spent more than $50 and less than $150");

        Assert.Empty(numbers);
        var range = Assert.Single(money);
        Assert.Equal((50.01m, ConditionOperator.Between, (decimal?)149.99m), (range.Value, range.Comparison, range.UpperValue));
    }

    [Fact]
    public void A_currency_word_makes_the_range_money_too()
    {
        var (money, numbers) = Read("more than 50 dollars and less than 150 dollars");

        Assert.Empty(numbers);
        var range = Assert.Single(money);
        Assert.Equal((50.01m, (decimal?)149.99m), (range.Value, range.UpperValue));
    }

    [Theory]
    [InlineData("more than 10 and fewer than 20 orders", 11, 19)]
    [InlineData("more than 5 and less than 10 logins", 6, 9)]
    [InlineData("over 2 but under 8 visits", 3, 7)]
    [InlineData("at least 3 and at most 3 orders", 3, 3)]
    public void Strict_integer_bounds_move_inward_by_one(string text, int from, int to)
    {
        var (_, numbers) = Read(text);

        var range = Assert.Single(numbers);
        Assert.Equal((ConditionOperator.Between, (decimal)from, (decimal?)to), (range.Comparison, range.Value, range.UpperValue));
    }

    [Fact]
    public void Strict_bounds_with_decimals_move_inward_by_one_hundredth()
    {
        var (_, numbers) = Read("rated over 1.5 and under 2.5");

        var range = Assert.Single(numbers);
        Assert.Equal((1.51m, (decimal?)2.49m), (range.Value, range.UpperValue));
    }

    [Fact]
    public void Bounds_that_leave_no_whole_number_between_them_are_not_a_range()
    {
        // "more than 5 and less than 6" holds for no count; it is left as the two bounds said, not an empty between.
        var (_, numbers) = Read("more than 5 and less than 6 orders");

        Assert.DoesNotContain(numbers, n => n.Comparison == ConditionOperator.Between);
        Assert.Equal([ConditionOperator.Gt, ConditionOperator.Lt], numbers.Select(n => n.Comparison));
    }

    [Fact]
    public void A_range_inside_a_span_already_taken_is_not_read()
    {
        const string Text = "at least 10 but no more than 20";

        var (money, numbers) = AmountReader.Read(Text, (start, end) => start < Text.Length && end > 0);

        Assert.Empty(money);
        Assert.Empty(numbers);
    }

    [Theory]
    [InlineData("founders with 3 to 8 logins", 3, 8)]
    [InlineData("three to six failed logins", 3, 6)]
    [InlineData("opened apps between fifty and one hundred and fifty times", 50, 150)]
    public void A_bare_or_worded_count_range_is_one_between(string text, int low, int high)
    {
        var (_, numbers) = Read(text);

        var range = Assert.Single(numbers);
        Assert.Equal((low, ConditionOperator.Between, (decimal?)high), ((int)range.Value, range.Comparison, range.UpperValue));
    }

    [Fact]
    public void A_hyphenated_number_word_is_one_number_not_a_range()
    {
        var (money, _) = Read("raising over twenty-five million dollars");

        var amount = Assert.Single(money);
        Assert.Equal((25_000_000m, (decimal?)null), (amount.Value, amount.UpperValue));
    }

    [Fact]
    public void Change_one_amount_to_another_is_two_amounts_not_a_range()
    {
        var (_, numbers) = Read("change 500 to 600");

        Assert.Equal([500m, 600m], numbers.Select(n => n.Value));
    }

    [Fact]
    public void A_range_of_months_is_left_to_the_date_reader()
    {
        var (_, numbers) = Read("in the last 3 to 6 months");

        Assert.DoesNotContain(numbers, n => n.UpperValue is not null);
    }

    private static (List<QuantityMention> Money, List<QuantityMention> Numbers) Read(string text) =>
        AmountReader.Read(text, (_, _) => false);
}

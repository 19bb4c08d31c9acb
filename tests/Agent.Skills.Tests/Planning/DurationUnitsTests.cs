using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Planning;

public sealed class DurationUnitsTests
{
    [Theory]
    [InlineData("more than 20 hours online", "seconds", 3600)]
    [InlineData("under 10 minutes", "seconds", 60)]
    [InlineData("under 10 mins", "seconds", 60)]
    [InlineData("more than 20 sessions", "seconds", 1)]
    [InlineData("more than 20 hours", "sessions", 1)]
    public void A_unit_of_time_after_the_number_converts_to_the_facets_unit(string text, string facetUnit, int factor)
    {
        var number = text.Split(' ').First(w => w.All(char.IsDigit));
        var start = text.IndexOf(number, StringComparison.Ordinal);
        var quantity = new QuantityMention(start, number.Length, number, decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), ConditionOperator.Gt, null);

        Assert.Equal(factor, DurationUnits.Factor(facetUnit, quantity, text));
    }
}

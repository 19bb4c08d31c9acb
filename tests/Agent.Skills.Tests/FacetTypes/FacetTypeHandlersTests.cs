using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.FacetTypes;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sql.Writing;

namespace SegmentAI.Skills.Tests.FacetTypes;

public sealed class FacetTypeHandlersTests
{
    [Fact]
    public void EveryFacetTypeHasExactlyOneHandlerThatNamesIt()
    {
        foreach (var type in Enum.GetValues<FacetType>())
        {
            Assert.Equal(type, FacetTypeHandlers.For(type).Type);
        }

        Assert.Equal(Enum.GetValues<FacetType>().Length, FacetTypeHandlers.All.Count);
    }

    [Theory]
    [InlineData(FacetType.List, FacetKind.Attribute, "In,NotIn,Eq,Neq")]
    [InlineData(FacetType.List, FacetKind.Event, "In,NotIn")]
    [InlineData(FacetType.Money, FacetKind.Event, "Eq,Neq,Gt,Gte,Lt,Lte,Between")]
    [InlineData(FacetType.Boolean, FacetKind.Event, "IsTrue,IsFalse")]
    [InlineData(FacetType.Date, FacetKind.Attribute, "Within,Before,After")]
    [InlineData(FacetType.Date, FacetKind.Event, "")]
    public void OperatorsDependOnTypeAndKind(FacetType type, FacetKind kind, string expected)
    {
        var operators = FacetTypeHandlers.For(type).Operators(kind);

        Assert.Equal(expected, string.Join(",", operators));
    }

    [Fact]
    public void ListValueGivenBySynonymNormalizesToTheCatalogValue()
    {
        var tier = Facet(FacetType.List) with { Values = [new FacetValue("gold", "Gold", ["top tier"])] };

        var ok = FacetTypeHandlers.Of(tier).TryNormalize(tier, "Top Tier", out var value, out _);

        Assert.True(ok);
        Assert.Equal("gold", value);
    }

    [Fact]
    public void UnknownListValueIsRejectedWithTheClosestValueSuggested()
    {
        var tier = Facet(FacetType.List) with { Values = [new FacetValue("gold", "Gold", []), new FacetValue("silver", "Silver", [])] };

        var ok = FacetTypeHandlers.Of(tier).TryNormalize(tier, "silvr", out _, out var problem);

        Assert.False(ok);
        Assert.Equal("'silvr' is not a value of Tier; did you mean 'silver'?", problem);
    }

    [Theory]
    [InlineData(FacetType.Money, "1,200.50", "1200.50")]
    [InlineData(FacetType.Number, "7", "7")]
    [InlineData(FacetType.Date, "2026-03-03", "2026-03-03")]
    public void ValidValuesNormalizeToInvariantText(FacetType type, string given, string expected)
    {
        var facet = Facet(type);

        var ok = FacetTypeHandlers.Of(facet).TryNormalize(facet, given, out var value, out _);

        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(FacetType.Money, "lots", "'lots' is not a number")]
    [InlineData(FacetType.Date, "03/03/2026", "'03/03/2026' is not a date (use YYYY-MM-DD)")]
    public void InvalidValuesSayWhatIsWrong(FacetType type, string given, string expected)
    {
        var facet = Facet(type);

        var ok = FacetTypeHandlers.Of(facet).TryNormalize(facet, given, out _, out var problem);

        Assert.False(ok);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void BetweenWithTheLargerValueFirstIsAProblemOnlyForMeasuredTypes()
    {
        Assert.Equal("between needs the smaller value first", FacetTypeHandlers.For(FacetType.Number).ValuesProblem(ConditionOperator.Between, ["10", "2"]));
        Assert.Null(FacetTypeHandlers.For(FacetType.Number).ValuesProblem(ConditionOperator.Between, ["2", "10"]));
        Assert.Null(FacetTypeHandlers.For(FacetType.List).ValuesProblem(ConditionOperator.In, ["b", "a"]));
    }

    [Theory]
    [InlineData(FacetType.List, ConditionOperator.NotIn, "a", "NOT COALESCE(c.tier IN ('a'), FALSE)")]
    [InlineData(FacetType.Boolean, ConditionOperator.IsFalse, "", "COALESCE(c.tier = FALSE, FALSE)")]
    [InlineData(FacetType.Money, ConditionOperator.Gte, "100", "COALESCE(c.tier >= 100, FALSE)")]
    [InlineData(FacetType.Date, ConditionOperator.Before, "2026-01-01", "COALESCE(c.tier < DATE '2026-01-01', FALSE)")]
    public void AttributeTestsNeverReadNullAsAMatch(FacetType type, ConditionOperator op, string value, string expected)
    {
        var condition = new SegmentCondition { SourceText = "t", Facet = "tier", Operator = op, Values = value.Length == 0 ? [] : [value] };
        var writer = new SqlWriter(inlineLiterals: true);

        FacetTypeHandlers.For(type).WriteAttributeTest(writer, "c.tier", condition);

        Assert.Equal(expected, writer.ToString());
    }

    [Theory]
    [InlineData(FacetType.Money, null, "1200", "$1,200")]
    [InlineData(FacetType.Money, null, "19.9", "$19.90")]
    [InlineData(FacetType.Number, "seconds", "7200", "7,200 seconds (2 hours)")]
    [InlineData(FacetType.Number, "orders", "3", "3")]
    [InlineData(FacetType.Date, null, "2026-03-03", "3 Mar 2026")]
    [InlineData(FacetType.Boolean, null, "True", "Yes")]
    [InlineData(FacetType.Boolean, null, "false", "No")]
    public void ValuesReadInTheirTypesWords(FacetType type, string? unit, string value, string expected)
    {
        var facet = Facet(type) with { Unit = unit };

        Assert.Equal(expected, FacetTypeHandlers.Of(facet).DescribeValue(facet, value));
    }

    private static Facet Facet(FacetType type) => new()
    {
        Id = "tier",
        Name = "Tier",
        Category = "loyalty",
        Description = "d",
        Purpose = "p",
        Type = type,
        Kind = FacetKind.Attribute,
        Operators = FacetTypeHandlers.For(type).Operators(FacetKind.Attribute),
        Sql = new FacetSqlMapping { Column = "tier" },
    };
}

using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class SegmentJsonTests
{
    private const string Example = """
        {
          "name": "Frequent baby buyers in Texas",
          "tenant": "acme-retail",
          "root": {
            "type": "and",
            "children": [
              { "type": "condition", "source_text": "in Texas", "facet": "state", "operator": "in", "values": ["TX"] },
              {
                "type": "condition",
                "source_text": "buy baby products at least twice a week",
                "facet": "department_purchased",
                "operator": "in",
                "values": ["Baby"],
                "frequency": { "comparison": "at_least", "count": 2, "per": "week", "expression": "at least twice a week" },
                "window": { "start": "2026-10-25", "end": "2026-11-22", "expression": "in the last 4 weeks" }
              },
              { "type": "not", "child": { "type": "condition", "source_text": "gold", "facet": "loyalty_tier", "operator": "in", "values": ["gold"], "grounding": "inferred", "confidence": 0.7 } }
            ]
          }
        }
        """;

    [Fact]
    public void Parses_the_documented_shape()
    {
        var definition = SegmentJson.Parse(Example);

        var and = Assert.IsType<AndNode>(definition.Root);
        Assert.Equal(3, and.Children.Count);
        var frequent = Assert.IsType<SegmentCondition>(and.Children[1]);
        Assert.Equal("buy baby products at least twice a week", frequent.SourceText);
        Assert.Equal(FrequencyPeriod.Week, frequent.Frequency!.Per);
        Assert.Equal(new DateOnly(2026, 10, 25), frequent.Window!.Start);
        var negated = Assert.IsType<SegmentCondition>(Assert.IsType<NotNode>(and.Children[2]).Child);
        Assert.Equal(Grounding.Inferred, negated.Grounding);
    }

    [Fact]
    public void Round_trips_without_loss()
    {
        var definition = SegmentJson.Parse(Example);

        var again = SegmentJson.Parse(SegmentJson.Serialize(definition));

        Assert.Equal(SegmentJson.Serialize(definition), SegmentJson.Serialize(again));
    }

    [Fact]
    public void Numeric_values_are_read_as_invariant_text()
    {
        var definition = SegmentJson.Parse("""{"root":{"type":"condition","source_text":"over $500","facet":"total_spend","operator":"gt","values":[500.5]}}""");

        Assert.Equal(["500.5"], definition.Conditions()[0].Values);
    }

    [Theory]
    [InlineData("""{"root":{"type":"condition","facet":"x","operator":"in"}}""", "source_text")]
    [InlineData("""{"root":{"type":"condition","source_text":"a","facet":"x","operator":"bigger"}}""", "operator")]
    [InlineData("""{"root":{"type":"xor","children":[]}}""", "xor")]
    [InlineData("""{"root":{"type":"condition","source_text":"a","facet":"x","operator":"in","colour":"red"}}""", "colour")]
    [InlineData("""{"root": """, "invalid segment definition JSON")]
    public void Malformed_definitions_fail_with_a_message_naming_the_problem(string json, string expected)
    {
        var error = Assert.Throws<SegmentValidationException>(() => SegmentJson.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Published_schema_file_matches_the_model()
    {
        var path = Path.Combine(RepositoryLayout.Discover().Root, "schemas", "segment-definition.schema.json");

        Assert.True(File.Exists(path), $"{path} is missing; write SegmentJson.Schema() to it");
        Assert.Equal(SegmentJson.Schema(), File.ReadAllText(path));
    }
}

using System.Text.Json.Nodes;
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
    public void Same_event_filters_parse_and_round_trip()
    {
        // Arrange
        const string json = """
            {
              "root": {
                "type": "condition",
                "source_text": "a single online order over $150",
                "facet": "purchase_channel",
                "operator": "in",
                "values": ["online"],
                "same_event": [
                  { "facet": "single_order_total", "operator": "gt", "values": [150], "source_text": "over $150" },
                  { "facet": "used_coupon", "operator": "is_false" }
                ]
              }
            }
            """;

        // Act
        var definition = SegmentJson.Parse(json);
        var again = SegmentJson.Parse(SegmentJson.Serialize(definition));

        // Assert
        var filters = definition.Conditions()[0].SameEvent!;
        Assert.Equal(("single_order_total", ConditionOperator.Gt, "over $150"), (filters[0].Facet, filters[0].Operator, filters[0].SourceText));
        Assert.Equal(["150"], filters[0].Values);
        Assert.Equal((ConditionOperator.IsFalse, 0), (filters[1].Operator, filters[1].Values.Count));
        Assert.Equal(SegmentJson.Serialize(definition), SegmentJson.Serialize(again));
        Assert.Contains("\"same_event\": [", SegmentJson.Serialize(definition), StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_without_same_event_filters_writes_no_same_event_key()
    {
        // Arrange
        var definition = SegmentJson.Parse(Example);

        // Act
        var json = SegmentJson.Serialize(definition);

        // Assert
        Assert.DoesNotContain("same_event", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_schema_describes_same_event_filters()
    {
        // Arrange
        var schema = JsonNode.Parse(SegmentJson.Schema())!;

        // Act: the first condition in the schema spells the filter out; later ones refer to it.
        var sameEvent = Descendants(schema).OfType<JsonObject>().Select(o => o["same_event"]).OfType<JsonObject>().First(o => o["items"] is not null);
        var filter = sameEvent["items"]!;

        // Assert
        Assert.Contains("array", sameEvent["type"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["facet", "operator"], filter["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(["facet", "operator", "source_text", "values"], filter["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(filter["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"root":{"type":"condition","source_text":"a","facet":"x","operator":"in","same_event":[{"operator":"gt"}]}}""", "facet")]
    [InlineData("""{"root":{"type":"condition","source_text":"a","facet":"x","operator":"in","same_event":[{"facet":"y","operator":"gt","window":{}}]}}""", "window")]
    public void Malformed_same_event_filters_fail_with_a_message_naming_the_problem(string json, string expected)
    {
        var error = Assert.Throws<SegmentValidationException>(() => SegmentJson.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
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

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}

using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Tests.Evaluators;

/// <summary>The evaluators that read a segment card: conditions, schema, facets, grounding, business rules.</summary>
public sealed class SegmentEvaluatorTests
{
    private static readonly ChatReply GoldNotInTexas = Replies.Segment(
        "C1 AND NOT C2",
        conditions: [Replies.Condition("C1", "loyalty_tier", ConditionOperator.In, ["gold"]), Replies.Condition("C2", "state", ConditionOperator.In, ["TX"])]);

    [Fact]
    public async Task Conditions_match_when_not_in_is_written_as_a_negated_in()
    {
        var expect = new TurnExpectation
        {
            Kind = ReplyKind.Segment,
            Conditions = [Replies.Expected("loyalty_tier", ConditionOperator.Eq, "gold"), Replies.Expected("state", ConditionOperator.NotIn, "TX")],
        };

        var result = await new ConditionMatchEvaluator().EvaluateAsync([], Replies.Response(GoldNotInTexas), Replies.Contexts(expect));

        Assert.True(result.Get<BooleanMetric>(ConditionMatchEvaluator.ConditionsMetric).Value);
    }

    [Fact]
    public async Task An_extra_condition_fails_the_match_and_lowers_facet_precision()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Segment, Conditions = [Replies.Expected("loyalty_tier", ConditionOperator.In, "gold")] };

        var match = await new ConditionMatchEvaluator().EvaluateAsync([], Replies.Response(GoldNotInTexas), Replies.Contexts(expect));
        var facets = await new FacetOverlapEvaluator().EvaluateAsync([], Replies.Response(GoldNotInTexas), Replies.Contexts(expect));

        Assert.Equal("unexpected condition(s) state", match.Get<BooleanMetric>(ConditionMatchEvaluator.ConditionsMetric).Interpretation!.Reason);
        Assert.Equal(0.5, facets.Get<NumericMetric>(FacetOverlapEvaluator.PrecisionMetric).Value);
        Assert.Equal(1.0, facets.Get<NumericMetric>(FacetOverlapEvaluator.RecallMetric).Value);
        Assert.Equal(2.0 / 3, facets.Get<NumericMetric>(FacetOverlapEvaluator.F1Metric).Value!.Value, 6);
        Assert.True(facets.AnyFailed());
    }

    [Fact]
    public async Task Facets_listed_without_conditions_are_scored()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Segment, Facets = ["loyalty_tier", "state", "gender"] };

        var result = await new FacetOverlapEvaluator().EvaluateAsync([], Replies.Response(GoldNotInTexas), Replies.Contexts(expect));

        Assert.Equal(2.0 / 3, result.Get<NumericMetric>(FacetOverlapEvaluator.RecallMetric).Value!.Value, 6);
        Assert.Contains("missing [gender]", result.Get<NumericMetric>(FacetOverlapEvaluator.RecallMetric).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_with_catalog_values_is_a_valid_definition_and_an_unknown_value_is_not()
    {
        var bad = Replies.Segment("C1", conditions: [Replies.Condition("C1", "loyalty_tier", ConditionOperator.In, ["diamond"])]);
        var expect = new TurnExpectation { Kind = ReplyKind.Segment };

        var valid = await new SchemaValidityEvaluator().EvaluateAsync([], Replies.Response(GoldNotInTexas), Replies.Contexts(expect));
        var invalid = await new SchemaValidityEvaluator().EvaluateAsync([], Replies.Response(bad), Replies.Contexts(expect));

        Assert.True(valid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Value);
        Assert.False(invalid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Value);
        Assert.Contains("diamond", invalid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_logic_is_read_back_into_a_tree_with_and_binding_tighter_than_or()
    {
        var card = Replies.Segment(
            "C1 OR C2 AND NOT (C3)",
            conditions: [Replies.Condition("C1", "state", ConditionOperator.In, ["CA"]), Replies.Condition("C2", "state", ConditionOperator.In, ["OR"]), Replies.Condition("C3", "loyalty_tier", ConditionOperator.In, ["gold"])]).Segment!;

        var root = SegmentCardDefinition.From(card).Root;

        var or = Assert.IsType<OrNode>(root);
        var and = Assert.IsType<AndNode>(or.Children[1]);
        Assert.IsType<NotNode>(and.Children[1]);
        Assert.Equal("C1 OR (C2 AND NOT C3)", LogicExpression.Render(root));
    }

    [Fact]
    public async Task An_inferred_condition_lowers_the_grounding_ratio_below_one_and_fails()
    {
        var reply = Replies.Segment(
            "C1 AND C2",
            conditions: [Replies.Condition("C1", "loyalty_tier", ConditionOperator.In, ["gold"]), Replies.Condition("C2", "state", ConditionOperator.In, ["TX"], Grounding.Inferred)]);

        var result = await new GroundingEvaluator().EvaluateAsync([], Replies.Response(reply));

        var ratio = result.Get<NumericMetric>(GroundingEvaluator.GroundingRatioMetric);
        Assert.Equal(0.5, ratio.Value);
        Assert.True(ratio.Interpretation!.Failed);
    }

    [Fact]
    public async Task A_pii_facet_and_an_unflagged_size_below_the_minimum_break_the_business_rules()
    {
        var reply = Replies.Segment("C1", size: 12, conditions: [Replies.Condition("C1", "email", ConditionOperator.In, ["a@b.c"])]);
        var flagged = Replies.Segment("C1", size: 12, assumptions: ["The segment has 12 customers, below this workspace's minimum of 50."], conditions: [Replies.Condition("C1", "loyalty_tier", ConditionOperator.In, ["gold"])]);
        var expect = new TurnExpectation { Kind = ReplyKind.Segment };

        var broken = await new BusinessRuleEvaluator().EvaluateAsync([], Replies.Response(reply), Replies.Contexts(expect));
        var kept = await new BusinessRuleEvaluator().EvaluateAsync([], Replies.Response(flagged), Replies.Contexts(expect));

        var reason = broken.Get<BooleanMetric>(BusinessRuleEvaluator.ComplianceMetric).Reason!;
        Assert.Contains("personal data (PII)", reason, StringComparison.Ordinal);
        Assert.Contains("estimated size 12 is outside the tenant's limits 50..1000000", reason, StringComparison.Ordinal);
        Assert.True(kept.Get<BooleanMetric>(BusinessRuleEvaluator.ComplianceMetric).Value);
    }
}

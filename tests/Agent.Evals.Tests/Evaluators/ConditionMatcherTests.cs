using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Tests.Evaluators;

public sealed class ConditionMatcherTests
{
    [Fact]
    public void Same_event_filters_match_in_any_order_with_equivalent_operators()
    {
        // Arrange: expected "eq online" and "gt 7 items" read as "in [online]" and "at least 8 items".
        var actual = Card(Condition("store_state", ConditionOperator.In, ["TX"],
            Filter("largest_basket", ConditionOperator.Gte, "8"), Filter("purchase_channel", ConditionOperator.In, "pickup")));
        var expected = Expected("store_state", ConditionOperator.In, ["TX"],
            new ExpectedEventFilter("purchase_channel", ConditionOperator.Eq, ["Pickup"]), new ExpectedEventFilter("largest_basket", ConditionOperator.Gt, ["7"]));

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, [expected], "C1", Replies.Acme);

        // Assert
        Assert.Null(mismatch);
    }

    [Fact]
    public void A_condition_missing_its_same_event_filter_does_not_match_and_the_reason_names_the_filter()
    {
        // Arrange: two independent conditions are not one online order over $150.
        var actual = Card(Condition("purchase_channel", ConditionOperator.In, ["online"]));
        var expected = Expected("purchase_channel", ConditionOperator.In, ["online"], new ExpectedEventFilter("single_order_total", ConditionOperator.Gt, ["150"]));

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, [expected], null, Replies.Acme);

        // Assert
        Assert.Equal("no condition like purchase_channel In [online] on the same event as single_order_total Gt [150]", mismatch);
    }

    [Fact]
    public void An_unexpected_same_event_filter_does_not_match()
    {
        // Arrange
        var actual = Card(Condition("purchase_channel", ConditionOperator.In, ["online"], Filter("single_order_total", ConditionOperator.Gt, "150")));
        var expected = Expected("purchase_channel", ConditionOperator.In, ["online"]);

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, [expected], null, Replies.Acme);

        // Assert
        Assert.Equal("no condition like purchase_channel In [online]", mismatch);
    }

    [Theory]
    [InlineData("single_order_total", ConditionOperator.Gt, "200")]
    [InlineData("single_order_total", ConditionOperator.Gte, "150")]
    [InlineData("average_order_value", ConditionOperator.Gt, "150")]
    public void A_filter_with_another_facet_operator_or_value_does_not_match(string facet, ConditionOperator op, string value)
    {
        // Arrange
        var actual = Card(Condition("purchase_channel", ConditionOperator.In, ["online"], Filter(facet, op, value)));
        var expected = Expected("purchase_channel", ConditionOperator.In, ["online"], new ExpectedEventFilter("single_order_total", ConditionOperator.Gt, ["150"]));

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, [expected], null, Replies.Acme);

        // Assert
        Assert.NotNull(mismatch);
    }

    [Fact]
    public void Not_in_on_a_filter_stays_distinct_from_in()
    {
        // Arrange
        var actual = Card(Condition("category_purchased", ConditionOperator.In, ["Diapers"], Filter("category_purchased", ConditionOperator.NotIn, "Wipes")));
        var expected = Expected("category_purchased", ConditionOperator.In, ["Diapers"], new ExpectedEventFilter("category_purchased", ConditionOperator.In, ["Wipes"]));

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, [expected], null, Replies.Acme);

        // Assert
        Assert.NotNull(mismatch);
    }

    [Fact]
    public async Task A_card_with_same_event_filters_rebuilds_into_a_valid_definition()
    {
        // Arrange
        var reply = Replies.Segment("C1", conditions: [Condition("purchase_channel", ConditionOperator.In, ["online"], Filter("single_order_total", ConditionOperator.Gt, "150"))]);
        var broken = Replies.Segment("C1", conditions: [Condition("purchase_channel", ConditionOperator.In, ["online"], Filter("opened_email", ConditionOperator.IsTrue))]);
        var expect = new TurnExpectation { Kind = ReplyKind.Segment };

        // Act
        var definition = SegmentCardDefinition.From(reply.Segment!);
        var valid = await new SchemaValidityEvaluator().EvaluateAsync([], Replies.Response(reply), Replies.Contexts(expect));
        var invalid = await new SchemaValidityEvaluator().EvaluateAsync([], Replies.Response(broken), Replies.Contexts(expect));

        // Assert
        Assert.Equal("single_order_total", Assert.Single(definition.Conditions()[0].SameEvent!).Facet);
        Assert.True(valid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Value);
        Assert.False(invalid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Value);
        Assert.Contains("Opened an Email is read from email_events events", invalid.Get<BooleanMetric>(SchemaValidityEvaluator.SchemaValidMetric).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pii_facet_used_as_a_same_event_filter_breaks_the_business_rules()
    {
        // Arrange
        var reply = Replies.Segment("C1", conditions: [Condition("purchase_channel", ConditionOperator.In, ["online"], Filter("email", ConditionOperator.In, "a@b.c"))]);

        // Act
        var result = await new BusinessRuleEvaluator().EvaluateAsync([], Replies.Response(reply), Replies.Contexts(new TurnExpectation { Kind = ReplyKind.Segment }));

        // Assert
        Assert.Contains("personal data (PII)", result.Get<BooleanMetric>(BusinessRuleEvaluator.ComplianceMetric).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_with_their_conditions_in_another_order_match_the_expected_logic()
    {
        // Arrange: "support agents in Seattle or engineers in Austin", with the office read before the role.
        var actual = Replies.Segment("(C1 AND C2) OR (C3 AND C4)", conditions:
        [
            Replies.Condition("C1", "location", ConditionOperator.In, ["Seattle"]), Replies.Condition("C2", "role_family", ConditionOperator.In, ["Support"]),
            Replies.Condition("C3", "location", ConditionOperator.In, ["Austin"]), Replies.Condition("C4", "role_family", ConditionOperator.In, ["Engineering"]),
        ]).Segment!;
        ExpectedCondition[] expected =
        [
            Expected("role_family", ConditionOperator.In, ["Support"]), Expected("location", ConditionOperator.In, ["Seattle"]),
            Expected("role_family", ConditionOperator.In, ["Engineering"]), Expected("location", ConditionOperator.In, ["Austin"]),
        ];

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, expected, "(C1 AND C2) OR (C3 AND C4)", Replies.Acme);

        // Assert
        Assert.Null(mismatch);
    }

    [Fact]
    public void Another_grouping_of_the_same_conditions_does_not_match()
    {
        // Arrange: silver or (gold and Ohio) is not (silver or gold) and Ohio.
        var actual = Replies.Segment("C1 OR (C2 AND C3)", conditions:
        [
            Replies.Condition("C1", "loyalty_tier", ConditionOperator.In, ["silver"]), Replies.Condition("C2", "loyalty_tier", ConditionOperator.In, ["gold"]),
            Replies.Condition("C3", "state", ConditionOperator.In, ["OH"]),
        ]).Segment!;
        ExpectedCondition[] expected =
        [
            Expected("loyalty_tier", ConditionOperator.In, ["silver"]), Expected("loyalty_tier", ConditionOperator.In, ["gold"]), Expected("state", ConditionOperator.In, ["OH"]),
        ];

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, expected, "(C1 OR C2) AND C3", Replies.Acme);

        // Assert
        Assert.Equal("expected logic (C1 OR C2) AND C3", mismatch);
    }

    [Fact]
    public void A_no_side_said_as_not_the_yes_side_matches_an_or_of_the_no_side()
    {
        // Arrange: "terminated or hasn't signed in": expected Signed In is false, read as NOT (Signed In is true).
        var actual = Replies.Segment("C1 OR NOT C2", conditions:
        [
            Replies.Condition("C1", "employment_status", ConditionOperator.In, ["terminated"]), Replies.Condition("C2", "signed_in", ConditionOperator.IsTrue, []),
        ]).Segment!;
        ExpectedCondition[] expected = [Expected("employment_status", ConditionOperator.In, ["terminated"]), Expected("signed_in", ConditionOperator.IsFalse, [])];

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, expected, "C1 OR C2", Replies.Acme);

        // Assert
        Assert.Null(mismatch);
    }

    [Fact]
    public void A_negated_condition_in_a_logic_written_without_not_sits_under_its_not()
    {
        // Arrange: "textable or push-enabled who didn't buy electronics", the last condition marked negated.
        var actual = Replies.Segment("(C1 OR C2) AND NOT C3", conditions:
        [
            Replies.Condition("C1", "sms_opt_in", ConditionOperator.IsTrue, []), Replies.Condition("C2", "push_opt_in", ConditionOperator.IsTrue, []),
            Replies.Condition("C3", "department_purchased", ConditionOperator.In, ["Electronics"]),
        ]).Segment!;
        ExpectedCondition[] expected =
        [
            Expected("sms_opt_in", ConditionOperator.IsTrue, []), Expected("push_opt_in", ConditionOperator.IsTrue, []),
            Expected("department_purchased", ConditionOperator.In, ["Electronics"]) with { Negated = true },
        ];

        // Act
        var mismatch = ConditionMatcher.Mismatch(actual, expected, "(C1 OR C2) AND C3", Replies.Acme);

        // Assert
        Assert.Null(mismatch);
    }

    private static SegmentCard Card(ConditionCard condition) => Replies.Segment("C1", conditions: [condition]).Segment!;

    private static ConditionCard Condition(string facet, ConditionOperator op, string[] values, params EventFilterCard[] sameEvent) =>
        Replies.Condition("C1", facet, op, values) with { SameEvent = sameEvent };

    private static EventFilterCard Filter(string facet, ConditionOperator op, params string[] values) =>
        new() { Facet = facet, FacetName = facet, Operator = op, Values = values };

    private static ExpectedCondition Expected(string facet, ConditionOperator op, string[] values, params ExpectedEventFilter[] sameEvent) =>
        new ExpectedCondition(facet, op, values, null, null, null, false, 1) { SameEvent = sameEvent };
}

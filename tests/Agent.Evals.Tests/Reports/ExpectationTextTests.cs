using SegmentAI.Evals.Reports;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Tests.Reports;

public sealed class ExpectationTextTests
{
    [Fact]
    public void An_expected_condition_lists_its_same_event_filters_after_its_own_values()
    {
        // Arrange
        var condition = new ExpectedCondition("purchase_channel", ConditionOperator.In, ["online"], null, null, null, Negated: true, Line: 3)
        {
            SameEvent = [new ExpectedEventFilter("single_order_total", ConditionOperator.Gt, ["150"]), new ExpectedEventFilter("used_coupon", ConditionOperator.IsFalse, [])],
        };

        // Act
        var text = ExpectationText.Condition(condition);

        // Assert
        Assert.Equal("NOT purchase_channel in online on the same event as single_order_total gt 150 and used_coupon is_false", text);
    }
}

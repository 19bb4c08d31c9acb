using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluators;

public sealed class ExpectedReplyEvaluatorTests
{
    private readonly ExpectedReplyEvaluator _evaluator = new();

    [Fact]
    public async Task A_question_about_a_sub_slot_of_the_expected_slot_passes_and_unasked_checks_do_not_apply()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Clarification, Slot = "facet_choice" };

        var result = await _evaluator.EvaluateAsync([], Replies.Response(Replies.Question("facet_choice:can be texted")), Replies.Contexts(expect));

        Assert.False(result.AnyFailed());
        Assert.True(result.Get<BooleanMetric>(ExpectedReplyEvaluator.SlotMetric).Value);
        Assert.True(MetricVerdict.IsNotApplicable(result.Get<BooleanMetric>(ExpectedReplyEvaluator.CategoryMetric)));
    }

    [Fact]
    public async Task A_wrong_kind_and_a_wrong_refusal_category_fail_with_reasons()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Refusal, Category = "pii" };

        var result = await _evaluator.EvaluateAsync([], Replies.Response(Replies.Answer()), Replies.Contexts(expect));

        Assert.Equal("expected refusal, got answer", result.Get<BooleanMetric>(ExpectedReplyEvaluator.KindMetric).Interpretation!.Reason);
        Assert.Equal("expected refusal category pii, got no refusal", result.Get<BooleanMetric>(ExpectedReplyEvaluator.CategoryMetric).Interpretation!.Reason);
        Assert.True(result.AnyFailed());
    }

    [Fact]
    public async Task Text_and_no_question_are_checked_when_asked_for()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Answer, TextContains = "forgotten", NoQuestion = true };

        var result = await _evaluator.EvaluateAsync([], Replies.Response(Replies.Answer("Nothing to do.")), Replies.Contexts(expect));

        Assert.False(result.Get<BooleanMetric>(ExpectedReplyEvaluator.TextMetric).Value);
        Assert.True(result.Get<BooleanMetric>(ExpectedReplyEvaluator.NoQuestionMetric).Value);
    }
}

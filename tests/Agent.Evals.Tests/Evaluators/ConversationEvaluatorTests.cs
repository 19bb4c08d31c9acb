using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Evals.Evaluators;
using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluators;

/// <summary>The evaluators of the conversation itself: when to ask, asking twice, and what a turn cost.</summary>
public sealed class ConversationEvaluatorTests
{
    [Fact]
    public async Task Asking_where_no_question_was_expected_fails_the_clarification_decision()
    {
        var expect = new TurnExpectation { Kind = ReplyKind.Segment };

        var result = await new ClarificationEvaluator().EvaluateAsync([], Replies.Response(Replies.Question("date_recency")), Replies.Contexts(expect));

        var decision = result.Get<BooleanMetric>(ClarificationEvaluator.DecisionMetric);
        Assert.False(decision.Value);
        Assert.Equal("asked about date_recency where no question was expected", decision.Reason);
    }

    [Fact]
    public async Task Asking_the_same_slot_twice_in_a_case_is_a_duplicate_question()
    {
        var history = new ConversationHistoryContext([Replies.Question("date_recency"), Replies.Answer()]);

        var repeated = await new DuplicateQuestionEvaluator().EvaluateAsync([], Replies.Response(Replies.Question("date_recency")), [history]);
        var first = await new DuplicateQuestionEvaluator().EvaluateAsync([], Replies.Response(Replies.Question("high_value_threshold")), [history]);

        Assert.True(repeated.Get<BooleanMetric>(DuplicateQuestionEvaluator.DuplicateMetric).Value);
        Assert.True(repeated.AnyFailed());
        Assert.False(first.Get<BooleanMetric>(DuplicateQuestionEvaluator.DuplicateMetric).Value);
    }

    [Fact]
    public async Task Turn_cost_reports_latency_calls_tokens_and_dollars_without_failing()
    {
        var response = new AgentReplyContext(Replies.Answer(), TimeSpan.FromMilliseconds(250), llmCalls: 2, tokens: 900, cost: 0.0031m);

        var result = await new TurnCostEvaluator().EvaluateAsync([], response);

        Assert.Equal(250, result.Get<NumericMetric>(TurnCostEvaluator.LatencyMetric).Value);
        Assert.Equal(2, result.Get<NumericMetric>(TurnCostEvaluator.LlmCallsMetric).Value);
        Assert.Equal(900, result.Get<NumericMetric>(TurnCostEvaluator.TokensMetric).Value);
        Assert.Equal(0.0031, result.Get<NumericMetric>(TurnCostEvaluator.CostMetric).Value!.Value, 6);
        Assert.False(result.AnyFailed());
    }

    [Fact]
    public async Task Without_a_judge_the_explanation_metrics_are_not_run_and_neither_pass_nor_fail()
    {
        var reply = Replies.Answer("It holds gold members.", new SkillReference(ExplanationJudgeEvaluator.ExplainSkill, "1.0.0"));

        var result = await new ExplanationJudgeEvaluator().EvaluateAsync([new ChatMessage(ChatRole.User, "explain this segment")], Replies.Response(reply));

        var relevance = result.Get<NumericMetric>(ExplanationJudgeEvaluator.RelevanceMetric);
        Assert.Null(relevance.Value);
        Assert.Equal(EvaluationRating.Inconclusive, relevance.Interpretation!.Rating);
        Assert.False(result.AnyFailed());
        Assert.Equal("not run: no judge model is configured", relevance.Reason);
    }

    [Fact]
    public async Task A_configured_judge_is_asked_and_a_low_score_fails()
    {
        var judge = new ScriptedJudge("relevance: 4\ngroundedness: 2");
        var reply = Replies.Answer("It holds gold members in Texas and also people who like cats.", new SkillReference(ExplanationJudgeEvaluator.ExplainSkill, "1.0.0"));

        var result = await new ExplanationJudgeEvaluator(judge).EvaluateAsync([new ChatMessage(ChatRole.User, "explain this segment")], Replies.Response(reply));

        Assert.Equal(4, result.Get<NumericMetric>(ExplanationJudgeEvaluator.RelevanceMetric).Value);
        Assert.False(result.Get<NumericMetric>(ExplanationJudgeEvaluator.RelevanceMetric).Interpretation!.Failed);
        Assert.True(result.Get<NumericMetric>(ExplanationJudgeEvaluator.GroundednessMetric).Interpretation!.Failed);
        Assert.Contains("explain this segment", Assert.Single(judge.Prompts), StringComparison.Ordinal);
    }

    /// <summary>A judge model that answers every prompt with the same text and records the prompts.</summary>
    private sealed class ScriptedJudge(string answer) : IChatClient
    {
        public List<string> Prompts { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Prompts.Add(string.Join("\n", messages.Select(m => m.Text)));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the judge is only asked for whole responses");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

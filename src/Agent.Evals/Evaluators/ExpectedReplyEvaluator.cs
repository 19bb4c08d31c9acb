using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Checks the reply against the turn's expectation: kind, clarification slot, refusal category, a phrase of the text,
/// and no question when none is wanted. Each check the expectation does not ask for is not applicable.
/// </summary>
internal sealed class ExpectedReplyEvaluator : IEvaluator
{
    /// <summary>The reply's kind is the expected one.</summary>
    public const string KindMetric = "kind_match";

    /// <summary>A clarification asks about the expected slot (or a sub-slot of it).</summary>
    public const string SlotMetric = "slot_match";

    /// <summary>A refusal has the expected category.</summary>
    public const string CategoryMetric = "refusal_category_match";

    /// <summary>The text contains the expected phrase.</summary>
    public const string TextMetric = "text_match";

    /// <summary>The reply is not a question when none may be asked.</summary>
    public const string NoQuestionMetric = "no_question";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [KindMetric, SlotMetric, CategoryMetric, TextMetric, NoQuestionMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var expect = EvaluationContexts.Find<ExpectationContext>(additionalContext)?.Expectation;
        var reply = response.Reply;
        if (expect is null)
        {
            return ValueTask.FromResult(new EvaluationResult(EvaluationMetricNames.Select(n => MetricVerdict.NotApplicable(new BooleanMetric(n), "no expectation was given for this turn"))));
        }

        var kind = reply.Kind == expect.Kind
            ? MetricVerdict.Pass(new BooleanMetric(KindMetric, true), $"{Word(reply.Kind)} as expected")
            : MetricVerdict.Fail(new BooleanMetric(KindMetric, false), $"expected {Word(expect.Kind)}, got {Word(reply.Kind)}");

        BooleanMetric slot;
        if (expect.Slot is not { } expectedSlot)
        {
            slot = MetricVerdict.NotApplicable(new BooleanMetric(SlotMetric), "no slot expected");
        }
        else if (reply.Clarification?.Slot is not { } actualSlot)
        {
            slot = MetricVerdict.Fail(new BooleanMetric(SlotMetric, false), $"expected a question about {expectedSlot}, got no question");
        }
        else
        {
            slot = actualSlot == expectedSlot || actualSlot.StartsWith(expectedSlot + ":", StringComparison.Ordinal)
                ? MetricVerdict.Pass(new BooleanMetric(SlotMetric, true), $"asked about {actualSlot}")
                : MetricVerdict.Fail(new BooleanMetric(SlotMetric, false), $"expected slot {expectedSlot}, asked about {actualSlot}");
        }

        var category = expect.Category is not { } expectedCategory
            ? MetricVerdict.NotApplicable(new BooleanMetric(CategoryMetric), "no refusal category expected")
            : reply.Refusal?.Category == expectedCategory
                ? MetricVerdict.Pass(new BooleanMetric(CategoryMetric, true), $"refused as {expectedCategory}")
                : MetricVerdict.Fail(new BooleanMetric(CategoryMetric, false), $"expected refusal category {expectedCategory}, got {reply.Refusal?.Category ?? "no refusal"}");

        var text = expect.TextContains is not { } phrase
            ? MetricVerdict.NotApplicable(new BooleanMetric(TextMetric), "no phrase expected")
            : reply.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)
                ? MetricVerdict.Pass(new BooleanMetric(TextMetric, true), $"text contains \"{phrase}\"")
                : MetricVerdict.Fail(new BooleanMetric(TextMetric, false), $"text lacks \"{phrase}\"");

        var noQuestion = !expect.NoQuestion
            ? MetricVerdict.NotApplicable(new BooleanMetric(NoQuestionMetric), "a question is allowed")
            : reply.Kind != ReplyKind.Clarification
                ? MetricVerdict.Pass(new BooleanMetric(NoQuestionMetric, true), "answered without asking")
                : MetricVerdict.Fail(new BooleanMetric(NoQuestionMetric, false), $"asked about {reply.Clarification?.Slot} where no question may be asked");

        return ValueTask.FromResult(new EvaluationResult(kind, slot, category, text, noQuestion));
    }

    private static string Word(ReplyKind kind) => Skills.Configuration.SnakeCase.From(kind.ToString());
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// LLM-as-judge scores of an explanation (an answer of the segment_explain skill): relevance to the question and
/// groundedness in the segment shown, each 1–5, below 3 fails. Without a judge model the metrics are reported as not
/// run — inconclusive, neither passed nor failed — so a run without a model stays deterministic.
/// </summary>
internal sealed partial class ExplanationJudgeEvaluator(IChatClient? judge = null) : IEvaluator
{
    /// <summary>How well the explanation answers the question, 1–5.</summary>
    public const string RelevanceMetric = "explanation_relevance";

    /// <summary>How well the explanation sticks to the segment and its conditions, 1–5.</summary>
    public const string GroundednessMetric = "explanation_groundedness";

    /// <summary>The skill whose answers are explanations.</summary>
    public const string ExplainSkill = "segment_explain";

    private const double PassingScore = 3;

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [RelevanceMetric, GroundednessMetric];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var response = AgentReplyContext.From(additionalContext);
        var relevance = new NumericMetric(RelevanceMetric);
        var groundedness = new NumericMetric(GroundednessMetric);
        if (response.Reply.Skill?.Id != ExplainSkill || response.Reply.Kind != ReplyKind.Answer)
        {
            return new EvaluationResult(
                MetricVerdict.NotApplicable(relevance, "not an explanation"),
                MetricVerdict.NotApplicable(groundedness, "not an explanation"));
        }

        if (judge is null)
        {
            return new EvaluationResult(
                MetricVerdict.NotApplicable(relevance, "not run: no judge model is configured"),
                MetricVerdict.NotApplicable(groundedness, "not run: no judge model is configured"));
        }

        var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
        var prompt = $"""
            You grade an assistant's explanation of a customer segment. Score each from 1 (bad) to 5 (excellent).
            relevance: does the explanation answer the user's question?
            groundedness: does it only state what the segment shown below supports?
            Reply with exactly two lines: "relevance: N" and "groundedness: N".

            Question: {question}
            Segment logic: {response.Reply.Segment?.Logic ?? "(none shown)"}
            Segment conditions: {string.Join("; ", response.Reply.Segment?.Conditions.Select(c => c.Description) ?? [])}
            Explanation: {response.Reply.Text}
            """;
        var answer = await judge.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], cancellationToken: cancellationToken).ConfigureAwait(false);
        return new EvaluationResult(Score(relevance, "relevance", answer.Text), Score(groundedness, "groundedness", answer.Text));
    }

    private static NumericMetric Score(NumericMetric metric, string label, string answer)
    {
        var match = ScoreLine().Matches(answer).FirstOrDefault(m => string.Equals(m.Groups["label"].Value, label, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Warning($"the judge gave no '{label}: N' line"));
            return MetricVerdict.NotApplicable(metric, $"the judge's answer had no {label} score");
        }

        var score = double.Parse(match.Groups["score"].Value, CultureInfo.InvariantCulture);
        metric.Value = score;
        var reason = string.Create(CultureInfo.InvariantCulture, $"judge scored {label} {score}/5");
        return score >= PassingScore
            ? MetricVerdict.Pass(metric, reason, score >= 5 ? EvaluationRating.Exceptional : score >= 4 ? EvaluationRating.Good : EvaluationRating.Average)
            : MetricVerdict.Fail(metric, reason);
    }

    [GeneratedRegex(@"(?<label>relevance|groundedness)\s*:\s*(?<score>[1-5])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreLine();
}

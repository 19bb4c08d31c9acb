using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// What a turn cost: latency, model calls, tokens and dollars. Reported, never failing a case: wall-clock time
/// varies with the machine, and pass/fail must not.
/// </summary>
internal sealed class TurnCostEvaluator : IEvaluator
{
    /// <summary>Milliseconds the turn took.</summary>
    public const string LatencyMetric = "latency_ms";

    /// <summary>Model calls the turn made.</summary>
    public const string LlmCallsMetric = "llm_calls";

    /// <summary>Tokens those calls used.</summary>
    public const string TokensMetric = "tokens";

    /// <summary>What those calls cost, in US dollars.</summary>
    public const string CostMetric = "cost_usd";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [LatencyMetric, LlmCallsMetric, TokensMetric, CostMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        return ValueTask.FromResult(new EvaluationResult(
            Reported(LatencyMetric, response.Latency.TotalMilliseconds, "ms"),
            Reported(LlmCallsMetric, response.LlmCalls, "model call(s)"),
            Reported(TokensMetric, response.Tokens, "token(s)"),
            Reported(CostMetric, (double)response.Cost, "USD")));
    }

    private static NumericMetric Reported(string name, double value, string unit)
    {
        var reason = string.Create(CultureInfo.InvariantCulture, $"{value:0.####} {unit}");
        return MetricVerdict.Pass(new NumericMetric(name, value), reason, EvaluationRating.Good);
    }
}

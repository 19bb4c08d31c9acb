using System.Diagnostics;
using System.Diagnostics.Metrics;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Llm;

/// <summary>The span and the token, cost and call metrics of one model call, on the <see cref="SegmentTelemetry"/> source and meter.</summary>
internal static class LlmTelemetry
{
    private static Counter<long> LlmTokens { get; } = SegmentTelemetry.Meter.CreateCounter<long>("segmentai.llm.tokens", "{token}", "Model tokens, by model and type (input, output).");

    private static Counter<double> LlmCost { get; } = SegmentTelemetry.Meter.CreateCounter<double>("segmentai.llm.cost", "USD", "Model cost from the configured prices, by model.");

    private static Counter<long> LlmCalls { get; } = SegmentTelemetry.Meter.CreateCounter<long>("segmentai.llm.calls", "{call}", "Model calls, by model and outcome.");

    /// <summary>Starts the span of a model call.</summary>
    internal static Activity? StartLlm(string model, ModelTier tier)
    {
        var activity = SegmentTelemetry.Source.StartActivity(SegmentTelemetry.LlmSpan, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(SegmentTelemetry.ModelTag, model);
            activity.SetTag("segmentai.llm.tier", tier.ToString().ToLowerInvariant());
        }

        return activity;
    }

    /// <summary>Completes a model-call span and records its tokens, cost and outcome.</summary>
    internal static void EndLlm(Activity? activity, LlmCallRecord call)
    {
        var outcome = call.Outcome.ToString().ToLowerInvariant();
        LlmCalls.Add(1, new TagList { { SegmentTelemetry.ModelTag, call.Model }, { "segmentai.llm.outcome", outcome } });
        LlmTokens.Add(call.InputTokens, new TagList { { SegmentTelemetry.ModelTag, call.Model }, { "gen_ai.token.type", "input" } });
        LlmTokens.Add(call.OutputTokens, new TagList { { SegmentTelemetry.ModelTag, call.Model }, { "gen_ai.token.type", "output" } });
        LlmCost.Add((double)call.CostUsd, new TagList { { SegmentTelemetry.ModelTag, call.Model } });
        if (activity is null)
        {
            return;
        }

        activity.SetTag(SegmentTelemetry.InputTokensTag, call.InputTokens);
        activity.SetTag(SegmentTelemetry.OutputTokensTag, call.OutputTokens);
        activity.SetTag("gen_ai.usage.cached_input_tokens", call.CachedInputTokens);
        activity.SetTag(SegmentTelemetry.CostTag, (double)call.CostUsd);
        activity.SetTag("segmentai.llm.outcome", outcome);
        if (call.Outcome != LlmOutcome.Drafted)
        {
            activity.SetStatus(ActivityStatusCode.Error, call.Error);
        }
    }
}

using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Llm;

/// <summary>
/// Asks a model for a segment definition in one call. Time-outs, endpoint errors and answers that are not a
/// valid definition all come back as a result without a definition, so the caller keeps its deterministic
/// result; a definition that does come back still goes through VERIFY (grounding) like any other.
/// </summary>
internal sealed partial class SegmentDrafter
{
    private readonly IChatClient _client;
    private readonly LlmOptions _options;
    private readonly ILogger<SegmentDrafter> _logger;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the drafter.</summary>
    public SegmentDrafter(IChatClient client, LlmOptions options, ILogger<SegmentDrafter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
    }

    /// <summary>Drafts a definition for <paramref name="request"/>.</summary>
    public async Task<SegmentDraftResult> DraftAsync(SegmentDraftRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = _options.Models.GetValueOrDefault(request.Tier) ?? _options.Models[ModelTier.Standard];
        var messages = SegmentDraftPrompt.Build(request);
        LogPrompt(_logger, model, string.Join("\n---\n", messages.Select(m => m.Text)));
        using var activity = LlmTelemetry.StartLlm(model, request.Tier);
        var watch = Stopwatch.StartNew();
        ChatResponse? response = null;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct => await _client.GetResponseAsync(messages, new ChatOptions { ModelId = model, Temperature = 0, ResponseFormat = ChatResponseFormat.Json }, ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var definition = SegmentJson.Parse(StripCodeFence(response.Text));
            return Finish(activity, model, request.Tier, response, watch, LlmOutcome.Drafted, null, definition);
        }
        catch (TimeoutRejectedException)
        {
            return Finish(activity, model, request.Tier, response, watch, LlmOutcome.TimedOut, $"no answer within {_options.Timeout.TotalSeconds:0.#} s", null);
        }
        catch (SegmentValidationException ex)
        {
            return Finish(activity, model, request.Tier, response, watch, LlmOutcome.InvalidJson, ex.Message, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.ClientModel.ClientResultException or IOException)
        {
            return Finish(activity, model, request.Tier, response, watch, LlmOutcome.Failed, ex.Message, null);
        }
    }

    private SegmentDraftResult Finish(
        Activity? activity, string model, ModelTier tier, ChatResponse? response, Stopwatch watch, LlmOutcome outcome, string? error, SegmentDefinition? definition)
    {
        var usage = response?.Usage;
        var input = usage?.InputTokenCount ?? 0;
        var output = usage?.OutputTokenCount ?? 0;
        var cost = _options.Prices.TryGetValue(model, out var price) ? price.Cost(input, output) : 0m;
        var record = new LlmCallRecord(model, tier, input, output, usage?.CachedInputTokenCount ?? 0, watch.Elapsed.TotalMilliseconds, cost, outcome, error);
        LogCall(_logger, model, outcome, input, output, record.LatencyMs);
        LlmTelemetry.EndLlm(activity, record);
        return new SegmentDraftResult(definition, record);
    }

    private static string StripCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLine = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && end > firstLine ? trimmed[(firstLine + 1)..end].Trim() : trimmed;
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Drafting prompt for {Model}: {Prompt}")]
    private static partial void LogPrompt(ILogger logger, string model, string prompt);

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM call to {Model}: {Outcome}, {InputTokens} in / {OutputTokens} out, {LatencyMs:0} ms")]
    private static partial void LogCall(ILogger logger, string model, LlmOutcome outcome, long inputTokens, long outputTokens, double latencyMs);
}

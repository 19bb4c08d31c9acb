using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using SegmentAI.Skills.Analysis;
using SegmentAI.Skills.Chat;
using TextContent = SegmentAI.Skills.Chat.TextContent;

namespace SegmentAI.Skills.Llm;

/// <summary>
/// Lets a configured model reword the opening paragraph of an analysis reply in one call, and keeps the rewording only
/// when every number in it is one the deterministic reply wrote and every name it had is still there. Anything else —
/// a time-out, an endpoint error, an invented or changed number, a dropped persona — keeps the deterministic words.
/// </summary>
internal sealed partial class AnswerRephraser
{
    private const string Instructions =
        "Reword the analysis summary below for a marketer in at most three sentences. Keep every number exactly as written, "
        + "with its unit or percent sign; add no number, date or name that is not in it; keep the names in bold exactly as written. "
        + "Answer with the reworded summary only.";

    private readonly IChatClient _client;
    private readonly LlmOptions _options;
    private readonly ILogger<AnswerRephraser> _logger;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the rephraser.</summary>
    public AnswerRephraser(IChatClient client, LlmOptions options, ILogger<AnswerRephraser> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
    }

    /// <summary>
    /// <paramref name="lead"/> reworded, or null when the model did not answer or its answer quotes a number
    /// <paramref name="contents"/> does not write or drops one of <paramref name="names"/>.
    /// </summary>
    public async Task<string?> RephraseAsync(string lead, IReadOnlyList<ReplyContent> contents, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(names);
        var model = _options.Models[ModelTier.Standard];
        string reworded;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async ct => await _client.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, lead)],
                    new ChatOptions { ModelId = model, Temperature = 0 },
                    ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            reworded = response.Text.Trim();
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or HttpRequestException or InvalidOperationException or System.ClientModel.ClientResultException or IOException)
        {
            LogKept(_logger, model, "no usable answer");
            return null;
        }

        var untraced = NumberTrace.Untraced([new TextContent(reworded)], NumberTrace.Written(contents), []);
        if (reworded.Length == 0 || untraced.Count > 0)
        {
            LogKept(_logger, model, untraced.Count > 0 ? $"{untraced.Count} numbers the analysis did not write" : "an empty answer");
            return null;
        }

        if (names.FirstOrDefault(n => lead.Contains(n, StringComparison.Ordinal) && !reworded.Contains(n, StringComparison.Ordinal)) is not null)
        {
            LogKept(_logger, model, "a name of the original left out");
            return null;
        }

        return reworded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept the deterministic summary instead of {Model}'s rewording: {Reason}")]
    private static partial void LogKept(ILogger logger, string model, string reason);
}

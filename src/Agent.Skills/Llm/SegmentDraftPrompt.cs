using System.Globalization;
using Microsoft.Extensions.AI;

namespace SegmentAI.Skills.Llm;

/// <summary>
/// Builds the messages of a drafting call. The constitution comes first and never varies, so endpoints with
/// prompt caching reuse it; the per-request parts come last.
/// </summary>
internal static class SegmentDraftPrompt
{
    /// <summary>Rules for the answer's shape, appended to the skill's instructions.</summary>
    public const string OutputRules = """
        Answer with exactly one JSON object and nothing else: a segment definition
        {"name": "...", "root": <node>} where a node is {"type": "and"|"or", "children": [nodes]},
        {"type": "not", "child": node} or a condition {"type": "condition", "source_text": "<the user's exact words>",
        "facet": "<facet id>", "operator": "<operator>", "values": [...], "window": {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD",
        "expression": "<the user's words>"}, "frequency": {"comparison": "at_least"|"at_most"|"exactly", "count": n, "per": "window"|"week"|"month"},
        "aggregate": {"function": "sum"|"avg"|"max"|"min", "operator": "gt"|"gte"|"lt"|"lte"|"eq"|"between", "values": [n]},
        "grounding": "retrieved"|"inferred", "confidence": 0..1}.
        Use only facet ids, operators and values that appear in the catalog and the retrieved candidates. Windows are
        half-open: end is the first day after the window. Leave out any part of the request you cannot ground; the
        engine will ask the user about it. Never include personal data or protected attributes.
        """;

    /// <summary>The messages for <paramref name="request"/>.</summary>
    public static IReadOnlyList<ChatMessage> Build(SegmentDraftRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            new ChatMessage(ChatRole.System, request.Constitution),
            new ChatMessage(ChatRole.System, request.SkillInstructions + "\n\n" + OutputRules),
            new ChatMessage(ChatRole.System, "Facet catalog of this tenant:\n" + request.CatalogOutline),
            new ChatMessage(ChatRole.User,
                $"As of {today} (the data holds events up to the day before).\n" +
                $"Retrieved candidates:\n{request.RetrievedShortlist}\n" +
                (request.Memory.Length > 0 ? $"What I know about this user:\n{request.Memory}\n" : "") +
                $"Request: {request.UserText}"),
        ];
    }
}

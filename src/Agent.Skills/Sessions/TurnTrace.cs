using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Llm;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Skills.Sessions;

/// <summary>
/// What a turn did, as typed records for the code that needs them (the query log, telemetry, the evals): the facets
/// retrieval offered and the model calls made. The audit trail says the same in words for people; nothing reads
/// data back out of it.
/// </summary>
internal sealed class TurnTrace
{
    private readonly List<RetrievedFacet> _retrieved = [];
    private readonly List<LlmCallRecord> _llmCalls = [];

    /// <summary>Facet candidates retrieval offered for the phrases of this turn, best first per phrase.</summary>
    public IReadOnlyList<RetrievedFacet> Retrieved => _retrieved;

    /// <summary>Model calls this turn made.</summary>
    public IReadOnlyList<LlmCallRecord> LlmCalls => _llmCalls;

    /// <summary>Records facet candidates.</summary>
    public void AddRetrieved(IEnumerable<RetrievedFacet> facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        _retrieved.AddRange(facets);
    }

    /// <summary>Records a model call.</summary>
    public void AddLlmCall(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        _llmCalls.Add(call);
    }

    /// <summary>What the turn's model calls used, or null when it made none.</summary>
    public TurnUsage? Usage() =>
        _llmCalls.Count == 0
            ? null
            : new TurnUsage(_llmCalls.Count, _llmCalls.Sum(c => c.InputTokens), _llmCalls.Sum(c => c.OutputTokens), _llmCalls.Sum(c => c.CostUsd));
}

using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>What planning a request produced: a definition, or the one question that has to be asked first.</summary>
/// <param name="Definition">The grounded definition, when planning finished.</param>
/// <param name="Question">The question to ask, when something must be clarified first.</param>
/// <param name="Assumptions">What was assumed (defaults, preferences, inferences), to state in the reply.</param>
/// <param name="Resolved">Ambiguities settled without asking, to record in the session.</param>
/// <param name="Audit">Steps with retrieved facets, scores and timings.</param>
/// <param name="Quality">Retrieval quality (medium when the vector index failed and fuzzy search answered).</param>
/// <param name="Retrieved">The facet candidates retrieval offered, for the turn's trace.</param>
internal sealed record PlanOutcome(
    SegmentDefinition? Definition,
    AmbiguityDecision? Question,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<AmbiguityDecision> Resolved,
    IReadOnlyList<AuditEntry> Audit,
    RetrievalQuality Quality,
    IReadOnlyList<Memory.RetrievedFacet> Retrieved);

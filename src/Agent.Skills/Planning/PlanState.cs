using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Planning;

/// <summary>What planning one request accumulates as it goes through the parts.</summary>
internal sealed class PlanState
{
    public PlanState(PlanningContext context)
    {
        Context = context;
    }

    public PlanningContext Context { get; }

    public List<AuditEntry> Audit { get; } = [];

    /// <summary>Facet candidates retrieval offered, for the turn's trace.</summary>
    public List<Memory.RetrievedFacet> Retrieved { get; } = [];

    public List<string> Assumptions { get; } = [];

    public List<AmbiguityDecision> Resolved { get; } = [];

    public AmbiguityDecision? Question { get; set; }

    public RetrievalQuality Quality { get; set; } = RetrievalQuality.High;

    /// <summary>A window a vague recency word ("recent") gives every event condition without its own.</summary>
    public TimeWindow? RecencyWindow { get; set; }

    /// <summary>Values of one facet the user coordinated ("silver or gold"); each becomes one IN list.</summary>
    public IReadOnlyList<CoordinatedValues> Lists { get; set; } = [];

    /// <summary>Words a settled vague term or a season consumed, which no facet's catalog text names.</summary>
    public List<string> CoveredWords { get; } = [];

    /// <summary>The frequency said or settled for the part being planned: an event named beside an attribute takes it.</summary>
    public Frequency? PartFrequency { get; set; }

    /// <summary>The dates said in the part being planned: "Jira users in Austin over the past 45 days" dates the Jira use.</summary>
    public TimeWindow? PartWindow { get; set; }

    /// <summary>A period said on its own ("Since July 2025, which devs have we hired?"), for the part whose words date.</summary>
    public TimeWindow? WindowSaidApart { get; set; }

    /// <summary>The facet of the part an "or" follows: "reach them by text or push" names its sibling with one word.</summary>
    public Facet? FacetBeforeOr { get; set; }

    public PlanOutcome Outcome(SegmentDefinition? definition) =>
        new(definition, Question, Assumptions, Resolved, Audit, Quality, Retrieved);
}

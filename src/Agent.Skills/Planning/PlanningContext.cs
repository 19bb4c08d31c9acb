using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Planning;

/// <summary>Everything one planning step reads: the message as perceived, the tenant, the date, the session's answers and the skill.</summary>
/// <param name="Perception">The perceived message.</param>
/// <param name="Tenant">The tenant.</param>
/// <param name="AsOf">Date windows resolve against.</param>
/// <param name="UserId">Who asked.</param>
/// <param name="Ambiguities">The session's asked and settled slots.</param>
/// <param name="Skill">The skill doing the planning (thresholds come from its parameters).</param>
internal sealed record PlanningContext(PerceptionResult Perception, Tenant Tenant, DateOnly AsOf, string UserId, AmbiguityLog Ambiguities, ResolvedSkill Skill)
{
    /// <summary>What a pronoun with nothing named before it in the message stands for: the draft an edit refines.</summary>
    public SegmentNode? Antecedent { get; init; }
}

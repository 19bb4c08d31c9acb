using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Optimizer;

/// <summary>What a proposer sees: the live version, its file text, the other loaded versions and the failure clusters.</summary>
/// <param name="Live">The live version.</param>
/// <param name="LiveText">The live version's YAML, as in its file.</param>
/// <param name="Others">The other loaded versions of the skill, oldest first.</param>
/// <param name="Clusters">The failure clusters, largest first.</param>
/// <param name="Count">Most candidates wanted from this proposer.</param>
internal sealed record ProposalContext(Skill Live, string LiveText, IReadOnlyList<Skill> Others, IReadOnlyList<FailureCluster> Clusters, int Count);

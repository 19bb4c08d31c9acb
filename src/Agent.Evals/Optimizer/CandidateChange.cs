namespace SegmentAI.Evals.Optimizer;

/// <summary>One proposed change to the live version.</summary>
/// <param name="Proposer">The proposer's name.</param>
/// <param name="Description">What changed, e.g. <c>facet_acceptance_threshold 0.95 -> 0.6</c>.</param>
/// <param name="Text">The whole skill YAML with the change, still carrying the live version number.</param>
internal sealed record CandidateChange(string Proposer, string Description, string Text);

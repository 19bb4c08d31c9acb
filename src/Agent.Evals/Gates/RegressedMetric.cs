namespace SegmentAI.Evals.Gates;

/// <summary>A metric whose mean got worse than the gate allows between the active version's run and the candidate's.</summary>
/// <param name="Name">Metric name.</param>
/// <param name="ActiveMean">Mean over the active version's run.</param>
/// <param name="CandidateMean">Mean over the candidate's run.</param>
/// <param name="Allowed">The worst candidate mean the gate accepts.</param>
public sealed record RegressedMetric(string Name, double ActiveMean, double CandidateMean, double Allowed);

namespace SegmentAI.Skills.Behaviour;

/// <summary>An experiment proposed for a persona, every number in it taken from the analysis.</summary>
/// <param name="Cluster">The persona's cluster.</param>
/// <param name="Title">A short name for the change.</param>
/// <param name="Change">What to test.</param>
/// <param name="Evidence">The persona's own numbers that motivate it.</param>
/// <param name="SuccessMetric">What decides it.</param>
/// <param name="Baseline">The persona's drop-off rate, the metric's current value.</param>
/// <param name="MinimumDetectableEffect">The smallest absolute change in the rate the test is sized to see.</param>
/// <param name="UsersPerArm">Users each arm needs (two-sided 5 % level, 80 % power).</param>
/// <param name="Weeks">Weeks to reach that at the persona's current weekly volume, both arms together.</param>
internal sealed record ExperimentIdea(
    int Cluster, string Title, string Change, string Evidence, string SuccessMetric, double Baseline, double MinimumDetectableEffect, int UsersPerArm, int Weeks);

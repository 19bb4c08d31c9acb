namespace SegmentAI.Skills.Perception;

/// <summary>A classified intent with its confidence and the runner-up, so close calls can be confirmed.</summary>
/// <param name="Intent">Most likely intent.</param>
/// <param name="Confidence">Probability-like score, 0–1.</param>
/// <param name="Source">What decided it: "pattern" (a skill trigger) or "model" (the text classifier).</param>
/// <param name="RunnerUp">Second most likely intent, if any.</param>
/// <param name="RunnerUpConfidence">Score of the runner-up.</param>
public sealed record IntentPrediction(Intent Intent, double Confidence, string Source, Intent? RunnerUp = null, double RunnerUpConfidence = 0);

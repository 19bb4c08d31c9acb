namespace SegmentAI.Skills.Statistics;

/// <summary>One event time of a Kaplan–Meier curve.</summary>
/// <param name="Time">The event time.</param>
/// <param name="AtRisk">Members still observed just before it.</param>
/// <param name="Events">Events at it.</param>
/// <param name="Censored">Members whose observation ended at it without the event (counted at risk for it).</param>
/// <param name="Survival">The estimated share without the event after it.</param>
/// <param name="StandardError">Greenwood's standard error of <paramref name="Survival"/>.</param>
/// <param name="Confidence">The 95 % interval on the log scale (R's <c>survfit</c> default), capped at 1.</param>
internal readonly record struct SurvivalStep(double Time, int AtRisk, int Events, int Censored, double Survival, double StandardError, Interval Confidence);

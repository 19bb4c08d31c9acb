namespace SegmentAI.Skills.Statistics;

/// <summary>One member's follow-up: how long they were observed, and whether it ended in the event (dropping off).</summary>
/// <param name="Time">Time from the start to the event or to the end of observation (censoring).</param>
/// <param name="Event">True when the event happened at <paramref name="Time"/>; false when observation stopped first.</param>
internal readonly record struct SurvivalObservation(double Time, bool Event);

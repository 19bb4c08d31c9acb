using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Behaviour;

/// <summary>One user's days of activity and time to dropping off, counted from their first event in the window.</summary>
/// <param name="User">The user id.</param>
/// <param name="Retention">Active days since their first day, and how many days the window covers from it.</param>
/// <param name="DropOff">Days from their first event to their first drop-off event, or to the window's end (censored).</param>
internal sealed record UserActivity(string User, RetentionMember Retention, SurvivalObservation DropOff);

using SegmentAI.Skills.Dates;

namespace SegmentAI.Skills.Tenants;

/// <summary>A tenant's calendar and the windows used when a request names none.</summary>
/// <param name="Calendar">Fiscal year, week start and default calendar.</param>
/// <param name="DefaultFrequencyWindowDays">Window for a frequency phrase with no time phrase ("twice a week").</param>
/// <param name="DefaultEventWindowDays">Window for any other event condition with no time phrase ("bought toys").</param>
public sealed record DateConventions(CalendarConventions Calendar, int DefaultFrequencyWindowDays, int DefaultEventWindowDays);

namespace SegmentAI.Skills.Segments;

/// <summary>What a frequency count is per.</summary>
public enum FrequencyPeriod
{
    /// <summary>The count applies to the whole window ("at least 3 times in the last 90 days").</summary>
    Window,

    /// <summary>The count is per week of the window ("at least twice a week").</summary>
    Week,

    /// <summary>The count is per 30 days of the window ("at least once a month").</summary>
    Month,
}

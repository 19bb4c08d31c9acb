namespace SegmentAI.Skills.Dates;

/// <summary>The calendar a period phrase is counted in.</summary>
public enum CalendarKind
{
    /// <summary>January–December years, quarters starting January, April, July, October.</summary>
    Gregorian,

    /// <summary>The tenant's fiscal year and its quarters.</summary>
    Fiscal,
}

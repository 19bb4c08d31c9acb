namespace SegmentAI.Skills.Dates;

/// <summary>Which calendar year gives a fiscal year its name.</summary>
public enum FiscalYearNaming
{
    /// <summary>The fiscal year is named by the calendar year in which it ends (1 Feb 2026 – 31 Jan 2027 is FY27).</summary>
    EndYear,

    /// <summary>The fiscal year is named by the calendar year in which it starts (1 Feb 2026 – 31 Jan 2027 is FY26).</summary>
    StartYear,
}

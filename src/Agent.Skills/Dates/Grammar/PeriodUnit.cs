namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>Units a relative phrase counts in.</summary>
internal enum PeriodUnit
{
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
}

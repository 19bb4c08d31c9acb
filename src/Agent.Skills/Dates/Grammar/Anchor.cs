namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>
/// A point in time used as a range end ("from <c>Oct 2</c> to …"). When the user gave no year the point
/// has a past and a future reading, which the range rule reconciles the way Recognizers-Text does.
/// <see cref="IsDay"/> tells a calendar day ("Oct 2") from the start of a longer period ("2015").
/// </summary>
internal readonly record struct Anchor(DateOnly Past, DateOnly Future, bool HasYear, bool IsDay)
{
    public static Anchor Fixed(DateOnly date, bool isDay = true) => new(date, date, true, isDay);
}

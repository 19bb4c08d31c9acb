namespace SegmentAI.Skills.Segments;

/// <summary>A half-open date window [<see cref="Start"/>, <see cref="End"/>) and the words it came from.</summary>
public sealed record TimeWindow
{
    /// <summary>First day inside the window.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>First day after the window (exclusive).</summary>
    public required DateOnly End { get; init; }

    /// <summary>The user's words for the window, e.g. "in the last 30 days"; null when the window is a default.</summary>
    public string? Expression { get; init; }

    /// <summary>The words of a window that stands for all recorded history ("never made an offer").</summary>
    public const string AtAnyTime = "at any time";

    /// <summary>Number of days inside the window.</summary>
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>Window of <paramref name="days"/> days that ends just before <paramref name="asOf"/>.</summary>
    public static TimeWindow Trailing(int days, DateOnly asOf, string? expression = null) =>
        new() { Start = asOf.AddDays(-days), End = asOf, Expression = expression };
}

namespace SegmentAI.Skills.Dates.Grammar;

/// <summary>What the grammar made of one phrase, before it is tied to the user's verbatim words.</summary>
internal sealed record Reading(DateOnly Start, DateOnly End, string? Note, IReadOnlyList<ReadingCandidate> Candidates)
{
    public bool IsAmbiguous => Candidates.Count > 0;

    /// <summary>The phrase is a date, but its window lies (at least partly) outside <see cref="SupportedDates"/>.</summary>
    public bool IsOutOfRange { get; private init; }

    public static Reading OutOfRange { get; } = new(default, default, null, []) { IsOutOfRange = true };

    public static Reading? Window(DateOnly start, DateOnly end, string? note = null) =>
        start < end ? new Reading(start, end, note, []) : null;

    public static Reading Ambiguous(string note, IReadOnlyList<ReadingCandidate> candidates) =>
        new(default, default, note, candidates);
}

namespace SegmentAI.Skills.Planning;

/// <summary>
/// One part of a request, carried verbatim through every later step (the user's words are never rephrased, so
/// "at least twice a week" is still there when the frequency is mapped).
/// </summary>
/// <param name="Id">"S1", "S2", ... in order.</param>
/// <param name="Text">The user's words for this part, exactly as typed (trimmed).</param>
/// <param name="Span">Where the words are in the message.</param>
/// <param name="Negated">True when the part is excluded ("but not in Texas", "without a purchase").</param>
/// <param name="JoinedByOr">True when the part is an alternative to the one before ("toys or games").</param>
internal sealed record SubSegment(string Id, string Text, TextSpan Span, bool Negated, bool JoinedByOr)
{
    /// <summary>True when a relative word ("who", "that", "whose") joins the part to the people named before it.</summary>
    public bool Relative { get; init; }

    /// <summary>True when the part is a second verb under the negation before it ("didn't open or click it").</summary>
    public bool SharesNegation { get; init; }

    /// <summary>True when the part is the first words of the request, before a colon ("serial raisers: …"): a name for the audience the rest describes.</summary>
    public bool Label { get; init; }

    /// <summary>True when the part is a clause whose object was named before it ("a licence they haven't opened").</summary>
    public bool ObjectBefore { get; init; }
}

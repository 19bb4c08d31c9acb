namespace SegmentAI.Skills.Library;

/// <summary>
/// The conversation turn that saved a segment, so its audit trail (the turns of that session, with their traces,
/// retrieved facets and inferred values) can be found from the segment.
/// </summary>
/// <param name="SessionId">Conversation the segment was saved in.</param>
/// <param name="Turn">Number of the user's message that saved it in that session.</param>
public sealed record SegmentOrigin(string SessionId, int Turn);

namespace SegmentAI.Skills.Memory;

/// <summary>A past successful segment whose wording resembles a new request.</summary>
/// <param name="Pattern">The past segment.</param>
/// <param name="Similarity">Wording similarity, 0–1.</param>
public sealed record SimilarSegment(SegmentPattern Pattern, double Similarity);

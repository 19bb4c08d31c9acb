namespace SegmentAI.Skills.Chat;

/// <summary>A past successful segment suggested beside a new one; never used in its place unless the user opens it.</summary>
/// <param name="SegmentId">Saved segment id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Request">The words it was built from.</param>
/// <param name="Similarity">How alike the wording is, 0–1.</param>
public sealed record SimilarSegmentCard(string SegmentId, string Name, string Request, double Similarity);

namespace SegmentAI.Skills.Promotion;

/// <summary>A reviewer's verdict on one pending item.</summary>
/// <param name="Approved">True to accept the candidate's reply, false to reject it.</param>
/// <param name="ReviewedBy">User who reviewed.</param>
/// <param name="Note">Why, optional.</param>
/// <param name="At">When.</param>
public sealed record ReviewVerdict(bool Approved, string ReviewedBy, string? Note, DateTimeOffset At);

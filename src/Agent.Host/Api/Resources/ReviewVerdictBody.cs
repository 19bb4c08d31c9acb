namespace SegmentAI.Host.Api.Resources;

/// <summary>Optional body of approving or rejecting a review item.</summary>
/// <param name="Note">Why, kept with the item.</param>
internal sealed record ReviewVerdictBody(string? Note);

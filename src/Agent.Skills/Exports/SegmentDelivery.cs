namespace SegmentAI.Skills.Exports;

/// <summary>What happened when a segment was sent to a destination.</summary>
/// <param name="Destination">The destination's name.</param>
/// <param name="Delivered">Whether every part was accepted (a 2xx answer).</param>
/// <param name="Keys">Member keys in the delivery.</param>
/// <param name="Parts">POSTs the keys were split into.</param>
/// <param name="Attempts">POSTs made, retries included.</param>
/// <param name="Problem">Why it was not delivered, in words for the user; null when delivered.</param>
public sealed record SegmentDelivery(string Destination, bool Delivered, long Keys, int Parts, int Attempts, string? Problem);

namespace SegmentAI.Host.Api.Resources;

/// <summary>A segment delivered to a webhook destination.</summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="Destination">The destination it went to.</param>
/// <param name="Keys">Member keys sent.</param>
/// <param name="Parts">Signed POSTs they went in.</param>
/// <param name="Attempts">POSTs made, retries included.</param>
/// <param name="AsOf">The date the segment's windows were resolved against.</param>
internal sealed record SegmentDeliveryResource(string SegmentId, string Destination, long Keys, int Parts, int Attempts, DateOnly AsOf);

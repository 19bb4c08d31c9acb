namespace SegmentAI.Host.Api.Resources;

/// <summary>Why a segment was built the way it was: the turns of the conversation that saved it, up to the saving turn.</summary>
/// <param name="SegmentId">Segment id.</param>
/// <param name="Name">Name.</param>
/// <param name="Origin">The saving turn, or null when it was saved through this API.</param>
/// <param name="Turns">The conversation's turns up to and including the saving turn, oldest first.</param>
/// <param name="Note">What the trace can and cannot show, when it is incomplete.</param>
internal sealed record SegmentTraceResource(string SegmentId, string Name, SegmentOriginResource? Origin, IReadOnlyList<TraceTurnResource> Turns, string? Note);

namespace SegmentAI.Host.Api.Resources;

/// <summary>One page of a segment's member keys, in key order.</summary>
/// <param name="SegmentId">Segment id.</param>
/// <param name="Keys">Entity keys of this page (keys only).</param>
/// <param name="Total">Members of the whole segment.</param>
/// <param name="Limit">Page size used.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to read the next page; null on the last page.</param>
internal sealed record MemberPageResource(string SegmentId, IReadOnlyList<string> Keys, long Total, int Limit, string? NextCursor);

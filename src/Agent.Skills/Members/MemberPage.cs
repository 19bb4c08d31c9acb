namespace SegmentAI.Skills.Members;

/// <summary>One page of a segment's member keys, in key order.</summary>
/// <param name="Keys">Entity keys (keys only, never personal data).</param>
/// <param name="NextCursor">Cursor of the next page, or null on the last page.</param>
/// <param name="Total">Members of the whole segment.</param>
public sealed record MemberPage(IReadOnlyList<string> Keys, string? NextCursor, long Total);

namespace SegmentAI.Skills.Tenants;

/// <summary>Sizes a segment must fall between to be usable (e.g. too small to target, too large to be a segment).</summary>
/// <param name="Min">Smallest usable segment.</param>
/// <param name="Max">Largest usable segment.</param>
public sealed record SegmentSizeLimits(long Min, long Max);

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>A state (or DC) with its census region, population weight (millions), 3-digit ZIP prefix range and real cities.</summary>
internal sealed record UsState(string Code, string Region, double Population, int ZipPrefixFrom, int ZipPrefixTo, IReadOnlyList<string> Cities);

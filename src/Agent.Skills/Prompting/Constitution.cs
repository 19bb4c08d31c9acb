namespace SegmentAI.Skills.Prompting;

/// <summary>
/// The static system prompt every request starts with. It changes only with a version bump, and its content hash
/// lets a reply, an eval run or a lock file name exactly which text was in force.
/// </summary>
/// <param name="Version">Semantic version from the front matter.</param>
/// <param name="Text">The prompt text without front matter, line endings normalized to LF.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <see cref="Text"/> in UTF-8.</param>
/// <param name="File">Where it was loaded from.</param>
internal sealed record Constitution(string Version, string Text, string Sha256, string File);

namespace SegmentAI.Skills.Library;

/// <summary>What a segment name may be and when two names are the same; shared by every segment library.</summary>
public static class SegmentNameRules
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxLength = 120;

    /// <summary>The name as stored (trimmed), or <see cref="SegmentLibraryException"/> saying what is wrong with it.</summary>
    public static string Clean(string name)
    {
        var clean = name?.Trim() ?? "";
        return clean.Length switch
        {
            0 => throw new SegmentLibraryException("A segment needs a name."),
            > MaxLength => throw new SegmentLibraryException($"Segment names can be at most {MaxLength} characters."),
            _ => clean,
        };
    }

    /// <summary>
    /// The form two names are compared in: equal keys are equal names ignoring case, as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> compares them. Stores index it to keep names unique.
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant();
    }
}
